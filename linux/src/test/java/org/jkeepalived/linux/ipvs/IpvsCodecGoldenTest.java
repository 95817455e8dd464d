package org.jkeepalived.linux.ipvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.linux.ipvs.IpvsNetlink.*;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jkeepalived.linux.TestBytes;
import org.jkeepalived.linux.genl.GenlControlCodec;
import org.jkeepalived.linux.genl.GenlFamily;
import org.jkeepalived.linux.genl.GenlMessage;
import org.jkeepalived.linux.netlink.NetlinkMessage;
import org.junit.jupiter.api.Test;

/**
 * Our IPVS messages against the bytes keepalived 2.2.7, ipvsadm and the Debian 6.1 kernel put on
 * the wire (nlmon captures decoded by shared/lab/nl-ipvs-decode.py; keepalived-varied was made for
 * this test in the qemu guest: keepalived-varied.guest.sh with keepalived-varied.conf, ipvsadm's
 * view of the result in keepalived-varied.ipvsadm.txt). Two kinds of check: every IPVS message of
 * the three captures, decoded and encoded again, gives its exact bytes back (requests in
 * keepalived's form, dump replies in the kernel's); and records written here by hand from the
 * configuration encode to keepalived's bytes and are what the kernel's replies decode to.
 */
class IpvsCodecGoldenTest {
  private static final NetlinkCapture KEEPALIVED = NetlinkCapture.load("keepalived-netlink.decoded.txt");
  private static final NetlinkCapture IPVSADM = NetlinkCapture.load("ipvsadm-netlink.decoded.txt");
  private static final NetlinkCapture VARIED = NetlinkCapture.load("keepalived-varied.decoded.txt");

  private static final int AF_INET = IpvsServiceKey.AF_INET;
  private static final int AF_INET6 = IpvsServiceKey.AF_INET6;
  private static final int TCP = 6;
  private static final int UDP = 17;

  @Test
  void everyIpvsMessageOfTheCapturesEncodesBackToItsExactBytes() throws Exception {
    Map<String, Integer> kinds = new TreeMap<>();
    for (NetlinkCapture c : List.of(KEEPALIVED, IPVSADM, VARIED)) {
      for (NetlinkCapture.Captured m : ipvsMessages(c)) {
        if (c == IPVSADM && m.isRequest() && m.text().contains("IPVS_CMD_ATTR_DEST")) {
          continue; // ipvsadm's own form: tunnel attributes even for NAT, an empty scheduler
        }
        NetlinkMessage ours = reencode(m);
        assertThat(TestBytes.hex(withHeaderOf(ours, m.message()).encode()))
            .as("%s %s", c.name(), m)
            .isEqualTo(TestBytes.hex(m.bytes()));
        GenlMessage g = GenlMessage.of(m.message());
        kinds.merge((m.isRequest() ? "request " : "reply ") + g.cmd(), 1, Integer::sum);
      }
    }
    // requests: services and destinations added and deleted, daemons started and stopped,
    // timeouts set, every GET; replies: dumps of services, destinations and daemons, info, config
    assertThat(kinds).containsKeys("request " + CMD_NEW_SERVICE, "request " + CMD_DEL_SERVICE,
        "request " + CMD_NEW_DEST, "request " + CMD_DEL_DEST,
        "request " + CMD_NEW_DAEMON, "request " + CMD_DEL_DAEMON, "request " + CMD_SET_CONFIG,
        "request " + CMD_GET_INFO, "request " + CMD_GET_SERVICE, "request " + CMD_GET_DEST,
        "request " + CMD_GET_CONFIG, "request " + CMD_GET_DAEMON,
        "reply " + CMD_NEW_SERVICE, "reply " + CMD_NEW_DEST, "reply " + CMD_NEW_DAEMON,
        "reply " + CMD_SET_INFO, "reply " + CMD_SET_CONFIG);
    assertThat(kinds.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(140);
  }

  @Test
  void familyLookupIsLibnlsAndTheAnswerGivesThisBootsId() {
    NetlinkCapture.Captured request = KEEPALIVED.frame(8);
    assertThat(withHeaderOf(GenlControlCodec.getFamily("IPVS"), request.message()).encode())
        .isEqualTo(request.bytes());
    assertThat(GenlControlCodec.family(KEEPALIVED.frame(9).message()))
        .isEqualTo(new GenlFamily("IPVS", 0x20, 1, 0, 6));
    // another boot, another id
    assertThat(GenlControlCodec.family(IPVSADM.frame(2).message()).id()).isEqualTo(0x1f);
  }

  @Test
  void keepalivedsBasicVirtualServerIsOurs() throws Exception {
    IpvsService svc = service(IpvsServiceKey.of(TCP, ip("198.18.2.10"), 80), "rr", 0, 0,
        0xffffffffL, null);
    IpvsDestination rs1 = dest("198.18.2.21", 8080, AF_INET, IpvsDestination.FWD_MASQ, 1);
    IpvsDestination rs2 = dest("198.18.2.22", 8080, AF_INET, IpvsDestination.FWD_MASQ, 2);
    assertSame(KEEPALIVED.frame(14), IpvsCodec.service(0x20, CMD_NEW_SERVICE, svc));
    assertSame(KEEPALIVED.frame(16), IpvsCodec.destination(0x20, CMD_NEW_DEST, svc, rs1));
    assertSame(KEEPALIVED.frame(18), IpvsCodec.destination(0x20, CMD_NEW_DEST, svc, rs2));
    assertSame(KEEPALIVED.frame(62), IpvsCodec.destination(0x20, CMD_DEL_DEST, svc, rs2));
    assertSame(KEEPALIVED.frame(133), IpvsCodec.service(0x20, CMD_DEL_SERVICE, svc));
    assertSame(KEEPALIVED.frame(11), IpvsCodec.getInfo(0x20));
    assertThat(IpvsCodec.info(KEEPALIVED.frame(12).message()))
        .isEqualTo(new IpvsInfo(0x010201, 4096));
  }

  @Test
  void keepalivedsVariedServicesAreOurs() throws Exception {
    int f = 0x1f;
    IpvsService web = service(IpvsServiceKey.of(TCP, ip("198.18.2.10"), 80), "wrr",
        IpvsService.F_PERSISTENT, 300, 0xffffff00L, null);
    assertSame(VARIED.frame(21), IpvsCodec.service(f, CMD_NEW_SERVICE, web));
    // keepalived names the service of a destination without its persistence
    IpvsService webForDest = service(web.key(), "wrr", 0, 0, 0xffffffffL, null);
    IpvsDestination thresholds = new IpvsDestination(new IpvsDestKey(ip("198.18.2.21"), 8080),
        AF_INET, IpvsDestination.FWD_MASQ, 3, 100, 10, 0, 0, 0, 0, 0, 0, IpvsCounters.ZERO);
    assertSame(VARIED.frame(24), IpvsCodec.destination(f, CMD_NEW_DEST, webForDest, thresholds));

    IpvsService dns = service(IpvsServiceKey.of(UDP, ip("198.18.2.11"), 53), "sh",
        IpvsService.F_ONEPACKET | IpvsService.F_SCHED1 | IpvsService.F_SCHED2, 0, 0xffffffffL,
        null);
    assertSame(VARIED.frame(33), IpvsCodec.service(f, CMD_NEW_SERVICE, dns));
    assertSame(VARIED.frame(38), IpvsCodec.destination(f, CMD_NEW_DEST, dns,
        dest("198.18.2.23", 53, AF_INET, IpvsDestination.FWD_DROUTE, 1)));

    IpvsService sip = service(IpvsServiceKey.of(UDP, ip("198.18.2.12"), 5060), "rr",
        IpvsService.F_PERSISTENT, 30, 0xffffffffL, "sip");
    assertSame(VARIED.frame(40), IpvsCodec.service(f, CMD_NEW_SERVICE, sip));

    IpvsService v6 = service(IpvsServiceKey.of(TCP, ip("fd00::10"), 443), "mh",
        IpvsService.F_PERSISTENT | IpvsService.F_SCHED1 | IpvsService.F_SCHED2, 60, 64, null);
    assertSame(VARIED.frame(45), IpvsCodec.service(f, CMD_NEW_SERVICE, v6));
    IpvsService v6ForDest = service(v6.key(), "mh",
        IpvsService.F_SCHED1 | IpvsService.F_SCHED2, 0, 128, null);
    assertSame(VARIED.frame(47), IpvsCodec.destination(f, CMD_NEW_DEST, v6ForDest,
        tunnel("fd00::21", 5, TUNNEL_TYPE_GUE, 6080, 1)));
    assertSame(VARIED.frame(49), IpvsCodec.destination(f, CMD_NEW_DEST, v6ForDest,
        tunnel("fd00::22", 1, TUNNEL_TYPE_GRE, 0, 1)));
    assertSame(VARIED.frame(51), IpvsCodec.destination(f, CMD_NEW_DEST, v6ForDest,
        tunnel("fd00::23", 1, TUNNEL_TYPE_IPIP, 0, 0)));

    IpvsService mark5 = service(IpvsServiceKey.fwmark(AF_INET, 5), "lc", 0, 0, 0xffffffffL, null);
    assertSame(VARIED.frame(53), IpvsCodec.service(f, CMD_NEW_SERVICE, mark5));
    assertSame(VARIED.frame(55), IpvsCodec.destination(f, CMD_NEW_DEST, mark5,
        dest("198.18.2.25", 0, AF_INET, IpvsDestination.FWD_DROUTE, 4)));
    IpvsService mark6 = service(IpvsServiceKey.fwmark(AF_INET6, 6), "sed", 0, 0, 128, null);
    assertSame(VARIED.frame(57), IpvsCodec.service(f, CMD_NEW_SERVICE, mark6));
    IpvsService sctp = service(IpvsServiceKey.of(132, ip("198.18.2.13"), 9000), "nq", 0, 0,
        0xffffffffL, null);
    assertSame(VARIED.frame(61), IpvsCodec.service(f, CMD_NEW_SERVICE, sctp));
  }

  @Test
  void keepalivedsTimeoutsAndSyncDaemonAreOurs() throws Exception {
    int f = 0x1f;
    assertSame(VARIED.frame(16), IpvsCodec.getConfig(f));
    assertThat(IpvsCodec.timeouts(VARIED.frame(17).message()))
        .isEqualTo(new IpvsTimeouts(900, 120, 300));
    assertSame(VARIED.frame(19), IpvsCodec.setConfig(f, new IpvsTimeouts(900, 60, 120)));
    IpvsSyncDaemon backup = new IpvsSyncDaemon(IpvsSyncDaemon.Role.BACKUP, "lbdummy0", 7, 1400,
        8850, 2, ip("239.1.2.3"));
    assertSame(VARIED.frame(36), IpvsCodec.newDaemon(f, backup));
    assertSame(VARIED.frame(68), IpvsCodec.delDaemon(f, IpvsSyncDaemon.Role.BACKUP, 7));
    IpvsSyncDaemon master = new IpvsSyncDaemon(IpvsSyncDaemon.Role.MASTER, "lbdummy0", 7, 1400,
        8850, 2, ip("239.1.2.3"));
    assertSame(VARIED.frame(70), IpvsCodec.newDaemon(f, master));
    // what ipvsadm -Ln --daemon read back: "master sync daemon (mcast=lbdummy0, syncid=7,
    // maxlen=1400, group=239.1.2.3, port=8850, ttl=2)"
    assertThat(IpvsCodec.daemon(VARIED.frame(199).message())).isEqualTo(master);
    assertThat(IpvsCodec.timeouts(VARIED.frame(214).message()))
        .isEqualTo(new IpvsTimeouts(900, 60, 120));
  }

  @Test
  void theKernelsDumpsDecodeToWhatKeepalivedConfigured() throws Exception {
    List<IpvsService> dumped = new ArrayList<>();
    for (NetlinkCapture.Captured m : VARIED.all()) {
      if (m.frame() == 85) {
        dumped.add(IpvsCodec.service(m.message()));
      }
    }
    assertThat(dumped).hasSize(7);
    IpvsService v6 = dumped.get(0);
    assertThat(v6.key()).isEqualTo(IpvsServiceKey.of(TCP, ip("fd00::10"), 443));
    assertThat(v6.scheduler()).isEqualTo("mh");
    assertThat(v6.flags()).isEqualTo(IpvsService.F_PERSISTENT | IpvsService.F_HASHED
        | IpvsService.F_SCHED1 | IpvsService.F_SCHED2);
    assertThat(v6.timeoutSeconds()).isEqualTo(60);
    assertThat(v6.netmask()).isEqualTo(64);
    assertThat(dumped.get(2).persistenceEngine()).isEqualTo("sip");
    assertThat(dumped.get(4).netmask()).isEqualTo(0xffffff00L);
    assertThat(dumped.get(5).key()).isEqualTo(IpvsServiceKey.fwmark(AF_INET, 5));
    assertThat(dumped.get(6).key()).isEqualTo(IpvsServiceKey.fwmark(AF_INET6, 6));

    IpvsDestination first = IpvsCodec.destination(VARIED.frame(91).message(), AF_INET);
    assertThat(first.withoutStats())
        .isEqualTo(dest("198.18.2.22", 8080, AF_INET, IpvsDestination.FWD_MASQ, 2));
    List<IpvsDestination> tunnels = new ArrayList<>();
    for (NetlinkCapture.Captured m : VARIED.with("IPVS_DEST_ATTR_TUN_TYPE: ")) {
      if (!m.isRequest() && m.text().contains("fd00::2")) {
        tunnels.add(IpvsCodec.destination(m.message(), AF_INET6));
      }
    }
    assertThat(tunnels).extracting(IpvsDestination::tunnelType)
        .contains(TUNNEL_TYPE_IPIP, TUNNEL_TYPE_GUE, TUNNEL_TYPE_GRE);
    assertThat(tunnels).filteredOn(d -> d.tunnelType() == TUNNEL_TYPE_GUE)
        .allSatisfy(d -> assertThat(d.tunnelPort()).isEqualTo(6080));
  }

  @Test
  void ipvsadmsDumpRequestForDestinationsIsOurKeyForm() throws Exception {
    NetlinkCapture.Captured getDest = IPVSADM.frame(61);
    assertSame(getDest, IpvsCodec.getDestinations(0x1f,
        IpvsServiceKey.of(TCP, ip("198.18.2.10"), 80)));
    IpvsService dumped = IpvsCodec.service(IPVSADM.frame(56).message());
    assertThat(dumped.withoutStats()).isEqualTo(service(
        IpvsServiceKey.of(TCP, ip("198.18.2.10"), 80), "rr", 0, 0, 0xffffffffL, null));
  }

  // ---- helpers ----

  private static List<NetlinkCapture.Captured> ipvsMessages(NetlinkCapture c) {
    return c.all().stream().filter(m -> m.protocol() == 16 && m.text().contains("  IPVS IPVS_CMD_"))
        .toList();
  }

  /** Decodes a captured IPVS message into records and encodes those the same way again. */
  private static NetlinkMessage reencode(NetlinkCapture.Captured c) throws IpvsException {
    NetlinkMessage m = c.message();
    GenlMessage g = GenlMessage.of(m);
    int f = m.type();
    int cmd = g.cmd();
    boolean request = c.isRequest();
    AttrReader top = AttrReader.parse(g.body(), "test");
    switch (cmd) {
      case CMD_NEW_SERVICE, CMD_SET_SERVICE, CMD_DEL_SERVICE:
        return request ? IpvsCodec.service(f, cmd, serviceOf(top))
            : IpvsCodec.kernelService(f, IpvsCodec.service(m));
      case CMD_NEW_DEST, CMD_SET_DEST, CMD_DEL_DEST:
        if (!request) {
          return IpvsCodec.kernelDestination(f, IpvsCodec.destination(m, AF_INET));
        }
        return IpvsCodec.destination(f, cmd, serviceOf(top), DestinationAttributes.read(
            top.requireNested(CMD_ATTR_DEST, "destination"), AF_INET));
      case CMD_GET_DEST:
        return IpvsCodec.getDestinations(f,
            ServiceAttributes.readKey(top.requireNested(CMD_ATTR_SERVICE, "service")));
      case CMD_GET_SERVICE:
        return IpvsCodec.getServices(f);
      case CMD_GET_INFO:
        return IpvsCodec.getInfo(f);
      case CMD_GET_CONFIG:
        return IpvsCodec.getConfig(f);
      case CMD_GET_DAEMON:
        return IpvsCodec.getDaemons(f);
      case CMD_FLUSH:
        return IpvsCodec.flush(f);
      case CMD_SET_CONFIG:
        return IpvsCodec.setConfig(f, IpvsCodec.timeouts(m));
      case CMD_SET_INFO:
        return IpvsCodec.kernelInfo(f, IpvsCodec.info(m));
      case CMD_NEW_DAEMON:
        return request ? IpvsCodec.newDaemon(f, IpvsCodec.daemon(m))
            : IpvsCodec.kernelDaemon(f, IpvsCodec.daemon(m));
      case CMD_DEL_DAEMON: {
        AttrReader d = top.requireNested(CMD_ATTR_DAEMON, "daemon");
        IpvsSyncDaemon.Role role = d.u32(DAEMON_ATTR_STATE, 0) == 1
            ? IpvsSyncDaemon.Role.MASTER : IpvsSyncDaemon.Role.BACKUP;
        return IpvsCodec.delDaemon(f, role, (int) d.u32(DAEMON_ATTR_SYNC_ID, 0));
      }
      default:
        throw new AssertionError("a captured command this test does not know: " + c);
    }
  }

  private static IpvsService serviceOf(AttrReader top) throws IpvsException {
    return ServiceAttributes.read(top.requireNested(CMD_ATTR_SERVICE, "service"));
  }

  /** Ours with the captured message's header (flags are the socket's, seq and port the run's). */
  static NetlinkMessage withHeaderOf(NetlinkMessage ours, NetlinkMessage captured) {
    return new NetlinkMessage(ours.type(), captured.flags(), captured.seq(), captured.portId(),
        ours.payloadBytes());
  }

  private static void assertSame(NetlinkCapture.Captured captured, NetlinkMessage ours) {
    assertThat(TestBytes.hex(withHeaderOf(ours, captured.message()).encode()))
        .as("%s", captured)
        .isEqualTo(TestBytes.hex(captured.bytes()));
  }

  static IpvsService service(IpvsServiceKey key, String sched, int flags, int timeout,
      long netmask, String pe) {
    return new IpvsService(key, sched, flags, timeout, netmask, pe, IpvsCounters.ZERO);
  }

  static IpvsDestination dest(String addr, int port, int family, int fwd, int weight) {
    return new IpvsDestination(new IpvsDestKey(ip(addr), port), family, fwd, weight, 0, 0, 0, 0,
        0, 0, 0, 0, IpvsCounters.ZERO);
  }

  private static IpvsDestination tunnel(String addr, int weight, int type, int port, int flags) {
    return new IpvsDestination(new IpvsDestKey(ip(addr), 443), AF_INET6,
        IpvsDestination.FWD_TUNNEL, weight, 0, 0, type, port, flags, 0, 0, 0, IpvsCounters.ZERO);
  }

  static InetAddress ip(String text) {
    try {
      return InetAddress.getByName(text);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
