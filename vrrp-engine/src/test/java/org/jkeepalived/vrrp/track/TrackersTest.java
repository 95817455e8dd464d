package org.jkeepalived.vrrp.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jkeepalived.linux.rtnl.FakeLinkMonitor;
import org.jkeepalived.linux.rtnl.LinkEvent;
import org.jkeepalived.linux.rtnl.LinkInfo;
import org.jkeepalived.linux.rtnl.Rtnl;
import org.jkeepalived.linux.watch.FakeFileWatcher;
import org.jkeepalived.linux.watch.FakeProcessEventSource;
import org.jkeepalived.linux.watch.FileEvent;
import org.jkeepalived.linux.watch.ProcEvent;
import org.jkeepalived.linux.watch.ProcFs;
import org.jkeepalived.mibs.config.TrackFileConfig;
import org.jkeepalived.mibs.config.TrackProcessConfig;
import org.jkeepalived.mibs.model.BfdState;
import org.jkeepalived.mibs.model.ScriptResult;
import org.jkeepalived.mibs.model.TrackerState;
import org.jkeepalived.mibs.model.VrrpScriptState;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Domain;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.TableId;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackersTest {
  @TempDir Path dir;
  final FakeScheduler loop = new FakeScheduler(Instant.EPOCH);
  final RecordingSink sink = new RecordingSink();

  @Test
  void trackFileInitialisesReadsAndFollowsEvents() throws Exception {
    Path f = dir.resolve("prio");
    FakeFileWatcher w = new FakeFileWatcher();
    TrackFileConfig c = new TrackFileConfig("tf", f.toString(), 1, false, true, 7, false);
    try (FileTracker t = new FileTracker(c, loop, sink)) {
      t.start(w);
      assertThat(Files.readString(f)).isEqualTo("7\n");
      assertThat(sink.get(TrackerKind.FILE, "tf")).isEqualTo(Observation.value(7));
      Files.writeString(f, " -0x10 trailing");
      w.fire(dir, "prio", FileEvent.Kind.WRITTEN);
      w.fire(dir, "other", FileEvent.Kind.DELETED);
      loop.runPending();
      assertThat(t.value()).isEqualTo(-16);
      w.fire(dir, "prio", FileEvent.Kind.DELETED);
      loop.runPending();
      assertThat(sink.log).containsExactly("tf=Value[value=7]", "tf=Value[value=-16]", "tf=Value[value=0]");
    }
    assertThat(w.isWatched(dir)).isFalse();
  }

  @Test
  void initFileLeavesAnExistingFileUnlessOverwrite() throws Exception {
    Path f = dir.resolve("keep");
    Files.writeString(f, "3");
    new FileTracker(new TrackFileConfig("a", f.toString(), 1, false, true, 0, false), loop, sink)
        .start(new FakeFileWatcher());
    assertThat(Files.readString(f)).isEqualTo("3");
    new FileTracker(new TrackFileConfig("b", f.toString(), 1, false, true, 0, true), loop, sink)
        .start(new FakeFileWatcher());
    assertThat(Files.readString(f)).isEqualTo("0\n");
  }

  private void proc(int pid, String comm) throws Exception {
    Path d = Files.createDirectories(dir.resolve(Integer.toString(pid)));
    Files.writeString(d.resolve("stat"), pid + " (" + comm + ") S 1 1 1 0");
    Files.writeString(d.resolve("cmdline"), "/usr/bin/" + comm + "\0");
  }

  @Test
  void processTrackerScansFollowsForkExecExitWithDelays() throws Exception {
    proc(100, "haproxy");
    proc(101, "bash");
    TrackProcessConfig c = new TrackProcessConfig("hap", List.of("haproxy"),
        TrackProcessConfig.ParamMatch.EXACT, 1, false, 2, Integer.MAX_VALUE, Duration.ZERO,
        Duration.ofSeconds(1), false);
    FakeProcessEventSource src = new FakeProcessEventSource();
    try (ProcessTracker t = new ProcessTracker(List.of(c), loop, new ProcFs(dir), sink)) {
      t.start(src);
      assertThat(sink.get(TrackerKind.PROCESS, "hap")).isEqualTo(Observation.DOWN); // 1 < quorum 2
      src.emit(new ProcEvent.Fork(100, 100, 102, 102)); // child of haproxy counts
      src.emit(new ProcEvent.Fork(100, 100, 103, 100)); // a thread does not
      loop.runPending();
      assertThat(sink.get(TrackerKind.PROCESS, "hap")).isEqualTo(Observation.UP);
      proc(104, "haproxy");
      src.emit(new ProcEvent.Exec(104, 104));
      src.emit(new ProcEvent.Exit(102, 102, 0, 17));
      src.emit(new ProcEvent.Exit(104, 104, 0, 17));
      loop.runPending();
      assertThat(t.state("hap").count()).isEqualTo(1);
      assertThat(sink.get(TrackerKind.PROCESS, "hap")).isEqualTo(Observation.UP); // terminate_delay
      loop.advanceBy(Duration.ofSeconds(1));
      assertThat(sink.get(TrackerKind.PROCESS, "hap")).isEqualTo(Observation.DOWN);
    }
  }

  @Test
  void interfaceTrackerNeedsUpAndRunning() throws Exception {
    FakeLinkMonitor m = new FakeLinkMonitor();
    int upRunning = Rtnl.IFF_UP | Rtnl.IFF_RUNNING;
    m.putLink(new LinkInfo(2, "eth0", upRunning, 1500, null, 6, null));
    try (InterfaceTracker t = new InterfaceTracker(Set.of("eth0", "eth1"), loop, sink)) {
      t.start(m);
      assertThat(t.isUp("eth0")).isTrue();
      assertThat(t.isUp("eth1")).isFalse();
      t.onLink(new LinkEvent(LinkEvent.Kind.CHANGED, new LinkInfo(2, "eth0", Rtnl.IFF_UP, 1500, null, 2, null)));
      assertThat(sink.get(TrackerKind.INTERFACE, "eth0")).isEqualTo(Observation.DOWN);
      t.onLink(new LinkEvent(LinkEvent.Kind.CHANGED, new LinkInfo(3, "eth1", upRunning, 1500, null, 6, null)));
      assertThat(sink.get(TrackerKind.INTERFACE, "eth1")).isEqualTo(Observation.UP);
      t.onLink(new LinkEvent(LinkEvent.Kind.DELETED, new LinkInfo(3, "eth1", upRunning, 1500, null, 6, null)));
      assertThat(sink.get(TrackerKind.INTERFACE, "eth1")).isEqualTo(Observation.DOWN);
    }
  }

  @Test
  void bfdTrackerPublishesChangesOnly() {
    BfdTracker b = new BfdTracker(sink);
    b.sessionState("b1", BfdState.INIT);
    b.sessionState("b1", BfdState.DOWN);
    b.sessionState("b1", BfdState.UP);
    b.sessionState("b1", BfdState.UP);
    b.removed("b1");
    assertThat(sink.log).containsExactly("b1=State[up=false]", "b1=State[up=true]", "b1=State[up=false]");
  }

  @Test
  void storeSinkWritesStateRows() {
    TableId<String, VrrpScriptState> scripts =
        new TableId<>("vrrpScriptTable", Domain.VRRP, String.class, VrrpScriptState.class);
    TableId<String, TrackerState> files =
        new TableId<>("vrrpFileTable", Domain.VRRP, String.class, TrackerState.class);
    try (DefaultObjectStore store = new DefaultObjectStore()) {
      StoreTrackerSink s = new StoreTrackerSink(store, scripts, Map.of(TrackerKind.FILE, files),
          Map.of(new TrackerKey(TrackerKind.FILE, "tf"), Index.of(1),
              new TrackerKey(TrackerKind.SCRIPT, "chk"), Index.of(2)));
      s.update(new TrackerKey(TrackerKind.FILE, "tf"), Observation.value(5));
      s.update(new TrackerKey(TrackerKind.FILE, "unknown"), Observation.value(5));
      s.scriptResult("chk", ScriptResult.GOOD);
      assertThat(store.snapshot().state(files, Index.of(1))).contains(new TrackerState(false, 5));
      assertThat(store.snapshot().state(scripts, Index.of(2))).contains(new VrrpScriptState(ScriptResult.GOOD));
      assertThat(store.snapshot().states(files)).hasSize(1);
    }
  }
}
