package org.jkeepalived.agent.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.agent.notify.VrrpFixtures.group;
import static org.jkeepalived.agent.notify.VrrpFixtures.instance;
import static org.jkeepalived.agent.notify.VrrpFixtures.notifyScripts;
import static org.jkeepalived.agent.notify.VrrpFixtures.script;
import static org.jkeepalived.agent.notify.VrrpFixtures.state;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.jkeepalived.linux.proc.Accounts;
import org.jkeepalived.linux.proc.RunAs;
import org.jkeepalived.linux.proc.ScriptRunner;
import org.jkeepalived.mibs.config.FifoSpec;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.model.VrrpSyncGroupState;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Origin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notifiers on a real store, with real scripts and real FIFOs. */
class NotifiersTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  @TempDir Path dir;
  private DefaultObjectStore store;
  private Notifiers notifiers;
  private Path calls;
  private Path note;

  @BeforeEach
  void setUp() throws Exception {
    store = new DefaultObjectStore();
    calls = dir.resolve("calls.log");
    note = dir.resolve("note.sh");
    // one line per run: the arguments in brackets, appended atomically (one short write)
    Files.writeString(note, "#!/bin/sh\nl=''; for a in \"$@\"; do l=\"$l[$a]\"; done; echo \"$l\" >> "
        + calls + "\n");
    Files.setPosixFilePermissions(note, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @AfterEach
  void tearDown() {
    if (notifiers != null) {
      notifiers.close();
    }
    store.close();
  }

  private static RunAs self() throws IOException {
    return new RunAs((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid"),
        (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:gid"));
  }

  private void start(NotifySettings settings) throws IOException {
    notifiers = Notifiers.start(store, settings,
        new ScriptRunner(ScriptRunner.findSetpriv(), self(), Duration.ofMillis(500)),
        Accounts.read(dir.resolve("no-passwd"), dir.resolve("no-group")));
  }

  private void putState(int index, VrrpState s, int prio) {
    store.begin(Origin.ENGINE).putState(Tables.VRRP_INSTANCE, Index.of(index), state(s, prio)).commit();
  }

  private List<String> callLines() throws IOException {
    return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
  }

  private static <T> T await(Supplier<T> value, java.util.function.Predicate<T> done) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    T v = value.get();
    while (!done.test(v) && System.nanoTime() < deadline) {
      Thread.sleep(20);
      v = value.get();
    }
    return v;
  }

  private List<String> awaitCalls(int n) throws Exception {
    return await(() -> {
      try {
        return callLines();
      } catch (IOException e) {
        return List.of();
      }
    }, l -> l.size() >= n);
  }

  @Test
  void stateChangesRunNotifyScriptsWithKeepalivedArguments() throws Exception {
    start(NotifySettings.NONE);
    var n = notifyScripts(script(note.toString(), "master"), script(note.toString(), "backup"),
        null, null, script(note.toString(), "any"));
    store.begin(Origin.CONFIG_LOAD)
        .putConfig(Tables.VRRP_INSTANCE, Index.of(1), instance("VI_1", 51, 100, n, false, List.of()))
        .putConfig(Tables.VRRP_SYNC_GROUP, Index.of(1),
            group("VG_1", notifyScripts(null, null, null, null, script(note.toString(), "g any")), "VI_1"))
        .commit();
    putState(1, VrrpState.INIT, 100);
    putState(1, VrrpState.BACKUP, 100);
    List<String> lines = awaitCalls(2);
    assertThat(lines).containsExactlyInAnyOrder("[backup]", "[any][INSTANCE][VI_1][BACKUP][100]");
    store.begin(Origin.ENGINE)
        .putState(Tables.VRRP_SYNC_GROUP, Index.of(1), new VrrpSyncGroupState(VrrpState.MASTER))
        .commit();
    assertThat(awaitCalls(3)).contains("[g any][GROUP][VG_1][MASTER][0]");
  }

  @Test
  void fifoGetsLinesInCommitOrderAndItsScriptReadsIt() throws Exception {
    Path global = dir.resolve("notify.fifo");
    Path vrrp = dir.resolve("vrrp.fifo");
    Path reader = dir.resolve("reader.sh");
    Path copied = dir.resolve("copied.log");
    // a notify_fifo_script as keepalived's sample: the FIFO comes as the last argument
    Files.writeString(reader, "#!/bin/sh\nwhile read -r l; do echo \"$l\" >> " + copied
        + "; done < \"$1\"\n");
    Files.setPosixFilePermissions(reader, PosixFilePermissions.fromString("rwxr-xr-x"));
    start(new NotifySettings(new FifoSpec(global.toString(), null, null, null),
        new FifoSpec(vrrp.toString(), null, null, script(reader.toString())), null, null, false, false));
    assertThat(Files.getAttribute(global, "unix:mode")).matches(m -> ((Integer) m & 0777) == 0644);

    List<String> read = Collections.synchronizedList(new ArrayList<>());
    Thread t = new Thread(() -> {
      try (BufferedReader r = Files.newBufferedReader(global, StandardCharsets.UTF_8)) {
        String l;
        while ((l = r.readLine()) != null) {
          read.add(l);
        }
      } catch (IOException e) {
        // closed at tear-down
      }
    });
    t.setDaemon(true);
    t.start();

    store.begin(Origin.CONFIG_LOAD).putConfig(Tables.VRRP_INSTANCE, Index.of(1),
        instance("VI_1", 51, 100, null, true, List.of())).commit();
    putState(1, VrrpState.BACKUP, 100);
    // rapid flapping: every change is a separate commit and must come out in order
    putState(1, VrrpState.MASTER, 100);
    putState(1, VrrpState.BACKUP, 100);
    putState(1, VrrpState.MASTER, 100);
    putState(1, VrrpState.MASTER, 90);
    List<String> expected = List.of(
        "INSTANCE \"VI_1\" BACKUP 100",
        "INSTANCE \"VI_1\" MASTER 100",
        "INSTANCE \"VI_1\" BACKUP 100",
        "INSTANCE \"VI_1\" MASTER 100",
        "INSTANCE \"VI_1\" MASTER_PRIORITY 90");
    assertThat(await(() -> List.copyOf(read), l -> l.size() >= 5)).isEqualTo(expected);
    assertThat(await(() -> {
      try {
        return Files.exists(copied) ? Files.readAllLines(copied) : List.<String>of();
      } catch (IOException e) {
        return List.<String>of();
      }
    }, l -> l.size() >= 5)).isEqualTo(expected);

    notifiers.close();
    notifiers = null;
    // FIFOs we created are removed at close
    assertThat(global).doesNotExist();
    assertThat(vrrp).doesNotExist();
  }

  @Test
  void existingFifoIsUsedAndKept() throws Exception {
    Path fifo = dir.resolve("mine.fifo");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(p.waitFor()).isZero();
    start(new NotifySettings(new FifoSpec(fifo.toString(), null, null, null), null, null, null, false, false));
    notifiers.close();
    notifiers = null;
    assertThat(fifo).exists();
  }

  @Test
  void missingScriptIsDisabledWithoutStoppingOthers() throws Exception {
    start(NotifySettings.NONE);
    var n = notifyScripts(script(dir.resolve("missing.sh").toString()), null, null, null,
        script(note.toString(), "any"));
    store.begin(Origin.CONFIG_LOAD).putConfig(Tables.VRRP_INSTANCE, Index.of(1),
        instance("VI_1", 51, 100, n, false, List.of())).commit();
    putState(1, VrrpState.MASTER, 100);
    assertThat(awaitCalls(1)).containsExactly("[any][INSTANCE][VI_1][MASTER][100]");
  }
}
