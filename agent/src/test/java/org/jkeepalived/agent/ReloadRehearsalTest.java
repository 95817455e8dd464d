package org.jkeepalived.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jkeepalived.agent.cli.Options;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReloadRehearsalTest {
  private static final String CONF = """
      global_defs {
          router_id r1
          script_user root
          notification_email {
              ops@example.org
          }
      }
      vrrp_script chk {
          script "/bin/true"
          interval 2
      }
      vrrp_sync_group G {
          group {
              V1
              V2
          }
      }
      vrrp_instance V1 {
          state MASTER
          interface lo
          virtual_router_id 51
          priority 150
          advert_int 0.1
          version 3
          track_script {
              chk
          }
          virtual_ipaddress {
              198.18.77.100/24
          }
      }
      vrrp_instance V2 {
          interface lo
          virtual_router_id 52
          priority 100
          virtual_ipaddress {
              198.18.77.101/24
              fd00:77::101/64
          }
      }
      """;

  @TempDir Path dir;

  /** The rehearsal is only worth its CPU if it runs the comparisons a reload makes on equals. */
  @Test
  void twoReadsOfAnUnchangedFileAreEqualRecordsSoTheRehearsalComparesTheWholeTree()
      throws Exception {
    KeepalivedConfig first = read();
    KeepalivedConfig second = read();
    assertThat(first).isNotNull().isNotSameAs(second);
    assertThat(second.vrrpInstances()).hasSize(2);
    assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
  }

  /**
   * The rehearsal thread drops to nice 19 before it reads anything (Java's MIN_PRIORITY does not
   * reach Linux's scheduler), and one that cannot still rehearses.
   */
  @Test
  void theRehearsalThreadRunsAtNice19AndRehearsesWhenItCannot() throws Exception {
    List<String> steps = new CopyOnWriteArrayList<>();
    Thread t = ReloadRehearsal.start(() -> {
      steps.add("read on " + Thread.currentThread().getName());
      return null;
    }, c -> { }, v -> steps.add("nice " + v + " on " + Thread.currentThread().getName()));
    t.join(10_000);
    assertThat(t.isAlive()).isFalse();
    assertThat(steps).containsExactly("nice 19 on reload-rehearsal", "read on reload-rehearsal");

    steps.clear();
    Thread refused = ReloadRehearsal.start(() -> {
      steps.add("read");
      return null;
    }, c -> { }, v -> {
      throw new ErrnoException("setpriority", 13, "Permission denied");
    });
    refused.join(10_000);
    assertThat(steps).containsExactly("read");
  }

  private KeepalivedConfig read() throws Exception {
    Path conf = dir.resolve("keepalived.conf");
    Files.writeString(conf, CONF);
    Options options = new Options();
    new CommandLine(options).parseArgs("-f", conf.toString());
    return new ConfigSource(options).load(new Diagnostics()).config();
  }

  @Test
  void aRehearsalHandsTheRereadConfigurationToTheComparison() throws Exception {
    KeepalivedConfig reread = read();
    List<KeepalivedConfig> compared = new ArrayList<>();
    assertThat(ReloadRehearsal.rehearse(() -> reread, compared::add)).isTrue();
    assertThat(compared).containsExactly(reread);
  }

  @Test
  void anUnusableFileOrAFailingComparisonOnlyEndsTheRehearsal() throws Exception {
    KeepalivedConfig reread = read();
    List<KeepalivedConfig> compared = new ArrayList<>();
    assertThat(ReloadRehearsal.rehearse(() -> null, compared::add)).isFalse();
    assertThat(compared).isEmpty();
    assertThat(ReloadRehearsal.rehearse(() -> {
      throw new IllegalStateException("file gone");
    }, compared::add)).isFalse();
    assertThat(ReloadRehearsal.rehearse(() -> reread, c -> {
      throw new IllegalStateException("comparison failed");
    })).isFalse();
  }
}
