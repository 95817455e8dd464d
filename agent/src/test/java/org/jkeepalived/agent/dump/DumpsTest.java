package org.jkeepalived.agent.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.agent.notify.VrrpFixtures.group;
import static org.jkeepalived.agent.notify.VrrpFixtures.instance;
import static org.jkeepalived.agent.notify.VrrpFixtures.notifyScripts;
import static org.jkeepalived.agent.notify.VrrpFixtures.script;
import static org.jkeepalived.agent.notify.VrrpFixtures.vip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares the dumps of a fixture store with what keepalived 2.2.7 wrote for the same setup
 * (test resources: three instances, VI_1 and VI_2 in sync group VG_1 gone to FAULT through a
 * track file, VI_3 master; dumps taken with SIGUSR1, SIGUSR2 and the JSON signal).
 */
class DumpsTest {
  private static final String N = "/var/tmp/jknt/note.sh";
  private static final String E = "/var/tmp/jknt/env.sh";
  @TempDir Path dir;
  private DefaultObjectStore store;

  @BeforeEach
  void fillStore() {
    store = new DefaultObjectStore();
    VrrpNotify n1 = notifyScripts(script(N), script(N, "backup"), null, script(E), script(N, "any"));
    VrrpNotify n2 = notifyScripts(null, null, null, null, script(N, "any2"));
    VrrpNotify n3 = notifyScripts(script(E), null, null, null, null);
    store.begin(Origin.CONFIG_LOAD)
        .putConfig(Tables.VRRP_INSTANCE, Index.of(1),
            instance("VI_1", 51, 100, n1, true, List.of(vip("198.18.5.100", 24, null))))
        .putConfig(Tables.VRRP_INSTANCE, Index.of(2),
            instance("VI_2", 52, 90, n2, false, List.of(vip("198.18.5.101", 24, null))))
        .putConfig(Tables.VRRP_INSTANCE, Index.of(3),
            instance("VI_3", 53, 50, n3, false, List.of(vip("198.18.5.102", 24, null))))
        .putConfig(Tables.VRRP_SYNC_GROUP, Index.of(1),
            group("VG_1", notifyScripts(script(N, "gmaster"), null, null, null, script(N, "g any", "x\ty")),
                "VI_1", "VI_2"))
        .commit();
    store.begin(Origin.ENGINE)
        .putState(Tables.VRRP_INSTANCE, Index.of(1), state(VrrpState.FAULT, 100, false, 1, 1, 18, 1))
        .putState(Tables.VRRP_INSTANCE, Index.of(2), state(VrrpState.FAULT, 90, false, 1, 0, 17, 1))
        .putState(Tables.VRRP_INSTANCE, Index.of(3), state(VrrpState.MASTER, 50, true, 1, 0, 19, 0))
        .putState(Tables.VRRP_SYNC_GROUP, Index.of(1), new VrrpSyncGroupState(VrrpState.FAULT))
        .commit();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static VrrpInstanceState state(VrrpState s, int prio, boolean set, long master,
      long zeroSent, long sent, long released) {
    VrrpStats st =
        new VrrpStats(master, 0, 0, 0, 0, 0, zeroSent, 0, 0, 0, 0, 0, 0, 0, sent, released);
    return new VrrpInstanceState(s, s, prio, set ? VipsStatus.ALL_SET : VipsStatus.NOT_ALL_SET,
        null, null, NewMasterReason.NOT_MASTER, ProtoErrReason.NO_ERROR, st);
  }

  private static String reference(String name) throws IOException {
    try (InputStream in = DumpsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Blanks what the store does not hold: transition times. */
  private static String normaliseJson(String json) {
    return json.replaceAll("\"last_transition\":[0-9.]+", "\"last_transition\":T");
  }

  @Test
  void jsonMatchesKeepalivedKeyForKeyAndValueForValue() throws IOException {
    String ours = Dumps.json(store.snapshot());
    assertThat(keys(ours)).isEqualTo(keys(reference("keepalived.json")));
    assertThat(normaliseJson(ours)).isEqualTo(normaliseJson(reference("keepalived.json").trim()));
  }

  @Test
  void statsMatchKeepalivedLineForLine() throws IOException {
    String ours = Dumps.stats(store.snapshot());
    String ref = reference("keepalived.stats");
    // every counter as the store holds it, sent adverts and master releases included
    assertThat(ours).isEqualTo(ref);
    assertThat(ours).contains("  Priority Zero:\n    Received: 0\n    Sent: 1\n");
  }

  @Test
  void dataDumpLinesAppearInKeepalivedsInTheSameOrder() throws IOException {
    String ref = reference("keepalived.data");
    String topology = ref.substring(ref.indexOf("------< VRRP Topology >------"),
        ref.indexOf("------< VRRP Sockpool >------"));
    String groups = ref.substring(ref.indexOf("------< VRRP Sync groups >------"),
        ref.indexOf("------< VRRP Track files >------"));
    List<String> theirs = new ArrayList<>(topology.lines().toList());
    theirs.addAll(groups.lines().toList());
    List<String> ours = Dumps.data(store.snapshot()).lines().toList();
    assertThat(ours).hasSizeGreaterThan(60);
    int at = 0;
    for (String line : ours) {
      int found = -1;
      for (int i = at; i < theirs.size(); i++) {
        // keepalived adds the resolved ", uid:gid 0:0" to script lines
        if (theirs.get(i).equals(line) || theirs.get(i).startsWith(line + ", uid:gid")) {
          found = i;
          break;
        }
      }
      assertThat(found).as("line '%s' in keepalived's dump after line %d", line, at).isNotNegative();
      at = found + 1;
    }
  }

  @Test
  void filesAreWrittenPrivateAndReplacedWhole() throws IOException {
    Path json = dir.resolve("keepalived.json");
    Files.writeString(json, "old");
    Dumps.writeJson(store.snapshot(), json);
    Dumps.writeData(store.snapshot(), dir.resolve("keepalived.data"));
    Dumps.writeStats(store.snapshot(), dir.resolve("keepalived.stats"));
    assertThat(Files.readString(json)).startsWith("[{\"data\":{\"iname\":\"VI_1\"");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(json))).isEqualTo("rw-------");
    assertThat(Files.readString(dir.resolve("keepalived.stats"))).startsWith("VRRP Instance: VI_1\n");
    assertThat(Files.list(dir)).hasSize(3);
  }

  @Test
  void emptyStoreGivesEmptyDumps() {
    StoreSnapshot empty = new DefaultObjectStore().snapshot();
    assertThat(Dumps.json(empty)).isEqualTo("[]");
    assertThat(Dumps.stats(empty)).isEmpty();
    assertThat(Dumps.data(empty)).isEqualTo("------< VRRP Topology >------\n");
  }

  private static List<String> keys(String json) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"([a-z_]+)\":").matcher(json);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
