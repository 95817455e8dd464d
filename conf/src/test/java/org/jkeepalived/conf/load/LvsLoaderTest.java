package org.jkeepalived.conf.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import org.jkeepalived.mibs.model.IpvsStats;
import org.jkeepalived.mibs.model.QuorumStatus;
import org.jkeepalived.mibs.model.RealServerRow;
import org.jkeepalived.mibs.model.RealServerState;
import org.jkeepalived.mibs.model.RealServerStatus;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VirtualServerGroupMemberRow.Kind;
import org.jkeepalived.mibs.model.VirtualServerState;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The loader fills the check tables: order, sorry server first, initial health, stable indexes. */
class LvsLoaderTest {
  final ObjectStore store = new DefaultObjectStore();
  final StoreLoader loader = new StoreLoader(Configs.rig(), "jkeepalived test", Instant.EPOCH);

  @AfterEach
  void close() {
    store.close();
  }

  static final String GROUP = """
      virtual_server_group VSG_1 {
        198.18.5.1 8080
        198.18.5.3-10 80
        fwmark 7
      }
      """;

  static String vs(String address, String body) {
    return "virtual_server " + address + " {\n delay_loop 6\n lb_algo rr\n lb_kind NAT\n protocol TCP\n"
        + body + "}\n";
  }

  static String rs(String address, String extra) {
    return " real_server " + address + " {\n  weight 2\n  TCP_CHECK {\n   connect_timeout 3\n" + extra
        + "  }\n }\n";
  }

  StoreSnapshot load(String text) {
    loader.apply(store, Configs.parse(text), Origin.CONFIG_LOAD);
    return store.snapshot();
  }

  static InetAddress ip(String s) throws Exception {
    return InetAddress.getByName(s);
  }

  @Test
  void groupMembersAreFwmarksFirstThenAddressesInFileOrder() throws Exception {
    StoreSnapshot s = load(GROUP + vs("group VSG_1", rs("198.18.6.1 80", "")));
    assertThat(s.configs(Tables.VIRTUAL_SERVER_GROUP).get(Index.of(1)).name()).isEqualTo("VSG_1");
    var members = s.configs(Tables.VIRTUAL_SERVER_GROUP_MEMBER);
    assertThat(members.keySet()).containsExactly(Index.of(1, 1), Index.of(1, 2), Index.of(1, 3));
    assertThat(members.get(Index.of(1, 1)).kind()).isEqualTo(Kind.FWMARK);
    assertThat(members.get(Index.of(1, 1)).fwmark()).isEqualTo(7);
    assertThat(members.get(Index.of(1, 2)).kind()).isEqualTo(Kind.IP);
    assertThat(members.get(Index.of(1, 2)).first()).isEqualTo(ip("198.18.5.1"));
    assertThat(members.get(Index.of(1, 2)).port()).isEqualTo(8080);
    assertThat(members.get(Index.of(1, 3)).kind()).isEqualTo(Kind.IPRANGE);
    assertThat(members.get(Index.of(1, 3)).last()).isEqualTo(ip("198.18.5.10"));
  }

  @Test
  void sorryServerComesFirstAndHasNoState() throws Exception {
    StoreSnapshot s = load(vs("198.18.5.1 80",
        " sorry_server 198.18.7.1 8080\n" + rs("198.18.6.1 80", "") + rs("198.18.6.2 80", "")));
    var rows = s.configs(Tables.REAL_SERVER);
    assertThat(rows.keySet()).containsExactly(Index.of(1, 1), Index.of(1, 2), Index.of(1, 3));
    RealServerRow sorry = rows.get(Index.of(1, 1));
    assertThat(sorry.sorry()).isTrue();
    assertThat(sorry.address()).isEqualTo(ip("198.18.7.1"));
    assertThat(sorry.port()).isEqualTo(8080);
    assertThat(s.state(Tables.REAL_SERVER, Index.of(1, 1))).isEmpty();
    assertThat(rows.get(Index.of(1, 2)).address()).isEqualTo(ip("198.18.6.1"));
    assertThat(rows.get(Index.of(1, 2)).weight()).isEqualTo(2);
    assertThat(s.state(Tables.REAL_SERVER, Index.of(1, 2)))
        .contains(new RealServerState(RealServerStatus.ALIVE, 0, IpvsStats.ZERO));
    assertThat(s.state(Tables.VIRTUAL_SERVER, Index.of(1)).map(VirtualServerState::realServersTotal))
        .contains(2);
  }

  @Test
  void alphaStartsRealServersDeadAndQuorumFollowsTheLiveWeight() throws Exception {
    StoreSnapshot s = load(vs("198.18.5.1 80",
        " quorum 3\n" + rs("198.18.6.1 80", "   alpha\n") + rs("198.18.6.2 80", "")));
    RealServerState dead = s.state(Tables.REAL_SERVER, Index.of(1, 1)).orElseThrow();
    assertThat(dead.status()).isEqualTo(RealServerStatus.DEAD);
    assertThat(dead.failedChecks()).isEqualTo(1);
    VirtualServerState v = s.state(Tables.VIRTUAL_SERVER, Index.of(1)).orElseThrow();
    assertThat(v.realServersUp()).isEqualTo(1);
    // live weight 2 is below quorum 3
    assertThat(v.quorumStatus()).isEqualTo(QuorumStatus.NOT_MET);
  }

  @Test
  void indexesStayWithTheirServerAcrossReloads() throws Exception {
    load(vs("198.18.5.1 80", rs("198.18.6.1 80", "") + rs("198.18.6.2 80", ""))
        + vs("198.18.5.2 80", rs("198.18.6.3 80", "")));
    // the first virtual server and the first real server go; the others keep their indexes
    StoreSnapshot s = load(vs("198.18.5.2 80", rs("198.18.6.3 80", ""))
        + vs("198.18.5.1 80", rs("198.18.6.2 80", "") + rs("198.18.6.4 80", "")));
    assertThat(s.configs(Tables.VIRTUAL_SERVER).keySet()).containsExactlyInAnyOrder(Index.of(1), Index.of(2));
    assertThat(LvsRows.key(s.configs(Tables.VIRTUAL_SERVER).get(Index.of(2)))).contains("198.18.5.2");
    var rows = s.configs(Tables.REAL_SERVER);
    assertThat(rows.get(Index.of(1, 2)).address()).isEqualTo(ip("198.18.6.2"));
    assertThat(rows.get(Index.of(1, 1)).address()).isEqualTo(ip("198.18.6.4"));
    assertThat(rows.get(Index.of(2, 1)).address()).isEqualTo(ip("198.18.6.3"));
    assertThat(rows).hasSize(3);
  }

  @Test
  void anUnchangedReloadEmitsNothingAndKeepsEngineState() throws Exception {
    String text = vs("198.18.5.1 80", rs("198.18.6.1 80", ""));
    load(text);
    RealServerState engine = new RealServerState(RealServerStatus.DEAD, 1,
        IpvsStats.ZERO);
    var tx = store.begin(Origin.ENGINE);
    tx.putState(Tables.REAL_SERVER, Index.of(1, 1), engine);
    tx.commit();
    var events = loader.apply(store, Configs.parse(text), Origin.RELOAD);
    assertThat(events).isEmpty();
    assertThat(store.snapshot().state(Tables.REAL_SERVER, Index.of(1, 1))).contains(engine);
  }

  @Test
  void anEmptyLvsConfigLeavesTheTablesEmpty() {
    StoreSnapshot s = load("global_defs {\n router_id r1\n}\n");
    for (var t : List.of(Tables.VIRTUAL_SERVER_GROUP, Tables.VIRTUAL_SERVER)) {
      assertThat(s.configs(t)).isEmpty();
    }
    assertThat(s.configs(Tables.REAL_SERVER)).isEmpty();
  }
  @Test
  void everyLvsSampleLoadsOneRowPerServerAndMember() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.Files.isDirectory(Configs.SAMPLES), "shared/conformance/samples not present");
    int total = 0;
    for (String name : List.of("keepalived.conf.virtual_server_group", "keepalived.conf.fwmark",
        "keepalived.conf.quorum", "keepalived.conf.inhibit", "keepalived.conf.sample",
        "keepalived.conf.misc_check", "keepalived.conf.IPv6", "keepalived.conf.SSL_GET")) {
      total++;
      try (ObjectStore st = new DefaultObjectStore()) {
        var c = Configs.read(Configs.SAMPLES.resolve(name));
        loader.apply(st, c, Origin.CONFIG_LOAD);
        StoreSnapshot s = st.snapshot();
        var lvs = c.lvs();
        assertThat(s.configs(Tables.VIRTUAL_SERVER)).as(name).hasSize(lvs.virtualServers().size())
            .isNotEmpty();
        int servers = lvs.virtualServers().stream()
            .mapToInt(v -> v.realServers().size() + (v.sorryServer() == null ? 0 : 1)).sum();
        assertThat(s.configs(Tables.REAL_SERVER)).as(name).hasSize(servers);
        int members = lvs.groups().stream().mapToInt(g -> g.ranges().size() + g.fwmarks().size()).sum();
        assertThat(s.configs(Tables.VIRTUAL_SERVER_GROUP_MEMBER)).as(name).hasSize(members);
        assertThat(s.states(Tables.VIRTUAL_SERVER)).as(name).hasSize(lvs.virtualServers().size());
      }
    }
    assertThat(total).isEqualTo(8);
  }
}
