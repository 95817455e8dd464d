package org.jkeepalived.lvs.check.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.linux.watch.FakeFileWatcher;
import org.jkeepalived.linux.watch.FileEvent;
import org.jkeepalived.linux.watch.InotifyFileWatcher;
import org.jkeepalived.lvs.check.CheckId;
import org.jkeepalived.lvs.check.CheckVerdict;
import org.jkeepalived.lvs.check.CheckerPorts;
import org.jkeepalived.lvs.check.NettyHealthChecks;
import org.jkeepalived.lvs.check.Specs;
import org.jkeepalived.lvs.check.Verdicts;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileCheckTest {
  /** value, weight, reverse -> up, weight adjustment (keepalived's track_file.c). */
  @ParameterizedTest
  @CsvSource({
      "0, 0, false, true, 0",
      "1, 0, false, false, 0",
      "0, 0, true, false, 0",
      "5, 0, true, true, 0",
      "5, 2, false, true, 10",
      "5, 2, true, true, -10",
      "-2147483648, 1, false, false, 0",
      "4294967296, 1, false, true, 2147483647",
  })
  void valueTimesWeight(long value, int weight, boolean reverse, boolean up, int adjust) {
    CheckVerdict v = FileCheckValue.verdict(value, weight, reverse, "f");
    assertThat(v.up()).isEqualTo(up);
    assertThat(v.weightAdjust()).isEqualTo(adjust);
  }

  @Test
  void followsTheFileThroughItsDirectorysEvents(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("weight");
    Files.writeString(f, "3\n");
    FakeFileWatcher watcher = new FakeFileWatcher();
    Verdicts heard = new Verdicts();
    FileCheckWatch w = new FileCheckWatch(new CheckId("rs", 1),
        new CheckerConfig.FileCheck("tf", 0, false), f, watcher, heard);
    w.start();
    assertThat(heard.next(Duration.ZERO).verdict().up()).isFalse(); // 3 with weight 0: fault
    Files.writeString(f, "0\n");
    watcher.fire(dir, "other", FileEvent.Kind.WRITTEN);
    assertThat(heard.next(Duration.ZERO)).isNull();
    watcher.fire(dir, "weight", FileEvent.Kind.WRITTEN);
    assertThat(heard.next(Duration.ZERO).verdict().up()).isTrue();
    Files.writeString(f, "garbage");
    watcher.fire(dir, "weight", FileEvent.Kind.WRITTEN);
    assertThat(heard.next(Duration.ZERO)).isNull(); // reads as 0: unchanged
    Files.delete(f);
    watcher.fire(dir, "weight", FileEvent.Kind.DELETED);
    assertThat(heard.next(Duration.ZERO)).isNull();
    w.stop();
    assertThat(watcher.isWatched(dir)).isFalse();
  }

  @Test
  void realInotifyDrivesTheWeight(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("w");
    Files.writeString(f, "0");
    Verdicts heard = new Verdicts();
    try (InotifyFileWatcher watcher = InotifyFileWatcher.open();
        NettyHealthChecks checks = new NettyHealthChecks(heard,
            new CheckerPorts(null, null, watcher, n -> n.equals("tf") ? f : null, null))) {
      checks.run(List.of(Specs.spec("rs1", 80, new CheckerConfig.FileCheck("tf", 5, false))));
      Path tmp = dir.resolve("w.tmp");
      Files.writeString(tmp, "4\n");
      Files.move(tmp, f, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      Verdicts.Heard v = heard.next(Duration.ofSeconds(3));
      assertThat(v.verdict().up()).isTrue();
      assertThat(v.verdict().weightAdjust()).isEqualTo(20);
    }
  }

  @Test
  void anUndefinedTrackFileIsReportedDown() throws Exception {
    Verdicts heard = new Verdicts();
    try (org.jkeepalived.lvs.check.CheckLog log = new org.jkeepalived.lvs.check.CheckLog();
        NettyHealthChecks checks = new NettyHealthChecks(heard, CheckerPorts.none())) {
      checks.run(List.of(Specs.spec("rs1", 80, new CheckerConfig.FileCheck("nope", 1, false))));
      assertThat(heard.next(Duration.ofSeconds(1)).verdict().reason()).contains("not defined");
      // register_checkers_thread logs "Activating healthchecker" only for polled checkers
      assertThat(log.lines()).noneMatch(l -> l.contains("ctivating healthchecker"));
    }
  }
}
