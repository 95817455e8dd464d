package org.jkeepalived.agent.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jkeepalived.agent.notify.VrrpFixtures.group;
import static org.jkeepalived.agent.notify.VrrpFixtures.instance;
import static org.jkeepalived.agent.notify.VrrpFixtures.ip;
import static org.jkeepalived.agent.notify.VrrpFixtures.vip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.jkeepalived.agent.engine.EngineReport;
import org.jkeepalived.agent.lvs.ForwarderGauge;
import org.jkeepalived.engine.EngineFactory.Subsystem;
import org.jkeepalived.engine.EngineHealth;
import org.jkeepalived.mibs.config.DaemonOptions;
import org.jkeepalived.mibs.config.VrrpNotify;
import org.jkeepalived.mibs.model.NewMasterReason;
import org.jkeepalived.mibs.model.ProtoErrReason;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VipsStatus;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.model.VrrpStats;
import org.jkeepalived.mibs.model.VrrpSyncGroupState;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Origin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status command against control sockets of this JVM: answers, no daemon, bad answers. */
class StatusCommandTest {
  @TempDir Path dir;
  private DefaultObjectStore store;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void fill() {
    store = new DefaultObjectStore();
    store.begin(Origin.CONFIG_LOAD)
        .putConfig(Tables.VRRP_INSTANCE, Index.of(1), instance("VI_1", 51, 100, VrrpNotify.NONE,
            false, List.of(vip("198.18.5.100", 24, null))))
        .putConfig(Tables.VRRP_INSTANCE, Index.of(2),
            instance("VI_2", 52, 90, VrrpNotify.NONE, false, List.of()))
        .putConfig(Tables.VRRP_SYNC_GROUP, Index.of(1), group("VG_1", null, "VI_1", "VI_2"))
        .commit();
    store.begin(Origin.ENGINE)
        .putState(Tables.VRRP_INSTANCE, Index.of(1), new VrrpInstanceState(VrrpState.BACKUP,
            VrrpState.BACKUP, 100, VipsStatus.NOT_ALL_SET, ip("198.18.5.2"), null,
            NewMasterReason.NOT_MASTER, ProtoErrReason.NO_ERROR,
            new VrrpStats(0, 42, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
        .putState(Tables.VRRP_SYNC_GROUP, Index.of(1), new VrrpSyncGroupState(VrrpState.BACKUP))
        .commit();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private NodeStatus status() {
    return StatusBuilder.build(store.snapshot(),
        List.of(new EngineReport(Subsystem.VRRP, EngineHealth.running("2 instances"), 1)),
        "jkeepalived test", 1234);
  }

  private int run(String... args) {
    return StatusCommand.run(args, new PrintStream(out, true), new PrintStream(err, true));
  }

  @Test
  void theStatusSaysStateMasterVipsAndGroupsAndSurvivesJson() throws Exception {
    NodeStatus s = status();
    assertThat(StatusJson.read(StatusJson.write(s))).isEqualTo(s);
    NodeStatus.Instance vi1 = s.instances().get(0);
    assertThat(vi1.state()).isEqualTo("BACKUP");
    assertThat(vi1.master()).isEqualTo("198.18.5.2");
    assertThat(vi1.vips()).containsExactly("198.18.5.100/24 dev jkv0 scope global");
    assertThat(vi1.syncGroup()).isEqualTo("VG_1");
    assertThat(s.instances().get(1).state()).as("no state published yet").isEqualTo("INIT");
    assertThat(s.syncGroups()).containsExactly(
        new NodeStatus.SyncGroup("VG_1", "BACKUP", List.of("VI_1", "VI_2")));
    String text = StatusText.render(s);
    assertThat(text).contains("VRRP instance VI_1", " Status                       BACKUP",
        " Master                       198.18.5.2", " Advertisements Rx            42",
        "198.18.5.100/24 dev jkv0 scope global", "Sync group VG_1",
        "engine vrrp: RUNNING (1 restarts) - 2 instances");
  }

  @Test
  void theCommandPrintsWhatTheDaemonAnswers() throws Exception {
    Path sock = dir.resolve("control.sock");
    try (ControlServer server = ControlServer.start(sock, () -> StatusJson.write(status()))) {
      assertThat(Files.getPosixFilePermissions(sock))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
      assertThat(run("--control-socket=" + sock)).isZero();
      assertThat(text(out)).contains("VRRP instance VI_1", "VRRP instance VI_2");
      out.reset();
      assertThat(run("--json", "--control-socket", sock.toString())).isZero();
      assertThat(StatusJson.read(out.toByteArray())).isEqualTo(status());
    }
    assertThat(sock).as("removed when the daemon stops").doesNotExist();
  }

  @Test
  void theForwardersGaugesReachTheCommandOnlyWhenItRuns() throws Exception {
    Path sock = dir.resolve("lvs.sock");
    java.util.concurrent.atomic.AtomicReference<Optional<ForwarderGauge.Dataplane>> dataplane =
        new java.util.concurrent.atomic.AtomicReference<>(
            Optional.of(StatusDataplaneTest.FORWARDER));
    try (ControlServer server = ControlServer.start(sock, () -> StatusJson.write(
        StatusBuilder.build(store.snapshot(), List.of(), dataplane.get(), "jkeepalived test",
            1234)))) {
      assertThat(run("--control-socket=" + sock)).isZero();
      assertThat(text(out)).contains("VRRP instance VI_1", "LVS dataplane userspace forwarder",
          " Connection limit             2000", " Connections                  17",
          " Buffered bytes               65536", " UDP datagrams dropped        11");
      out.reset();
      assertThat(run("--json", "--control-socket=" + sock)).isZero();
      assertThat(StatusJson.read(out.toByteArray()).dataplane().forwarder().refused()).isEqualTo(3);

      dataplane.set(Optional.of(ForwarderGauge.Dataplane.KERNEL_IPVS));
      out.reset();
      assertThat(run("--control-socket=" + sock)).isZero();
      assertThat(text(out)).contains("VRRP instance VI_1", "LVS dataplane kernel IPVS")
          .doesNotContain("Connection limit", "Buffered bytes", "UDP flows");
    }
  }

  @Test
  void theDaemonsOwnOptionsFindItsSocket() throws Exception {
    Path pid = dir.resolve("node1.pid");
    Path sock = ControlSocketPath.of(null, null, DaemonOptions.DEFAULTS, pid); // as the daemon
    try (ControlServer server = ControlServer.start(sock, () -> StatusJson.write(status()))) {
      assertThat(run("-p", pid.toString())).isZero();
      assertThat(text(out)).contains("VRRP instance VI_1");
      assertThat(run("--pid=" + dir.resolve("node2.pid"))).as("another daemon's").isEqualTo(3);
      assertThat(text(err)).contains(dir.resolve("node2.sock").toString());
    }
    // -f is read for net_namespace and instance: here they name a socket no daemon has
    err.reset();
    Files.writeString(dir.resolve("k.conf"), "");
    assertThat(StatusCommand.run(new String[] {"-f", dir.resolve("k.conf").toString()},
        new PrintStream(out, true), new PrintStream(err, true),
        (file, id) -> new DaemonOptions("jkns-none", null, false, "lb9", false, false,
            DaemonOptions.DEFAULTS.childWaitTime()))).isEqualTo(3);
    assertThat(text(err)).contains("/run/jkeepalived/jkns-none/control_lb9.sock");
  }

  @Test
  void noDaemonIsSaidClearlyWithExitCode3() {
    assertThat(run("--control-socket=" + dir.resolve("none.sock"))).isEqualTo(3);
    assertThat(text(err)).startsWith("jkeepalived is not running (no control socket ");
  }

  @Test
  void aStaleSocketFileIsNotADaemon() throws Exception {
    Path sock = dir.resolve("stale.sock");
    ControlServer.start(sock, () -> new byte[0]).close();
    Files.createFile(sock); // as a daemon killed with SIGKILL leaves it, but a plain file here
    assertThat(run("--control-socket=" + sock)).isEqualTo(3);
    assertThat(text(err)).contains("jkeepalived is not running");
    try (ControlServer again = ControlServer.start(sock, () -> StatusJson.write(status()))) {
      assertThat(run("--control-socket=" + sock)).as("a new daemon takes the path over").isZero();
    }
  }

  @Test
  void aSecondDaemonDoesNotStealTheSocket() throws Exception {
    Path sock = dir.resolve("c.sock");
    try (ControlServer first = ControlServer.start(sock, () -> StatusJson.write(status()))) {
      assertThatThrownBy(() -> ControlServer.start(sock, () -> new byte[0]))
          .isInstanceOf(IOException.class).hasMessageContaining("another jkeepalived answers");
      assertThat(run("--control-socket=" + sock)).isZero();
    }
  }

  @Test
  void aGarbledAnswerIsAnErrorNotAStackTrace() throws Exception {
    Path sock = dir.resolve("g.sock");
    try (ControlServer server = ControlServer.start(sock,
        () -> "{not json".getBytes(StandardCharsets.UTF_8))) {
      assertThat(run("--control-socket=" + sock)).isEqualTo(1);
      assertThat(text(err)).startsWith("jkeepalived status: not a status answer").doesNotContain("\tat ");
    }
  }

  @Test
  void badUsageSaysSo() {
    assertThat(run("--jsn")).isEqualTo(1);
    assertThat(text(err)).startsWith("jkeepalived status: Unknown option");
  }

  private static String text(ByteArrayOutputStream b) {
    return b.toString(StandardCharsets.UTF_8);
  }
}
