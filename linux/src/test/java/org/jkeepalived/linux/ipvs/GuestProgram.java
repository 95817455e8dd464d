package org.jkeepalived.linux.ipvs;

import static org.jkeepalived.linux.ipvs.IpvsCodecGoldenTest.ip;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What NetlinkIpvsControlGuestIT runs inside the qemu guest (a main, not a test: the guest's
 * kernel has IPVS, this machine's has not). It programs IPVS through {@link NetlinkIpvsControl}
 * in steps, reads back through the same port and writes {@code ipvsadm -Sn} after each step into
 * the io folder given as its argument. Each check prints "ok NAME" or "FAILED NAME: why"; the host
 * test reads those lines and the ipvsadm files.
 */
public final class GuestProgram {
  static final int TCP = 6;
  static final int UDP = 17;
  static final int SCTP = 132;
  /** Every scheduler of the Debian 6.1 kernel; twos came in Linux 6.2. */
  static final List<String> SCHEDULERS =
      List.of("rr", "wrr", "lc", "wlc", "lblc", "lblcr", "dh", "sh", "sed", "nq", "fo", "ovf", "mh");

  private final Path io;
  private final List<String> lines = new ArrayList<>();

  private GuestProgram(Path io) {
    this.io = io;
  }

  public static void main(String[] args) throws Exception {
    GuestProgram p = new GuestProgram(Path.of(args[0]));
    try {
      p.run();
    } catch (Throwable t) {
      p.lines.add("FAILED exception: " + t);
      t.printStackTrace();
    }
    Files.write(p.io.resolve("checks.txt"), p.lines);
    System.exit(p.lines.stream().anyMatch(l -> l.startsWith("FAILED")) ? 1 : 0);
  }

  // ---- what is programmed (the host test expects ipvsadm's rendering of the same) ----

  static final IpvsService WEB = svc(IpvsServiceKey.of(TCP, ip("198.18.9.1"), 80), "wlc",
      IpvsService.F_PERSISTENT, 300, 0xffffff00L, null);
  static final IpvsDestination WEB1 = new IpvsDestination(new IpvsDestKey(ip("198.18.9.11"), 8080),
      2, IpvsDestination.FWD_MASQ, 3, 100, 10, 0, 0, 0, 0, 0, 0, IpvsCounters.ZERO);
  static final IpvsDestination WEB2 = dest("198.18.9.12", 8080, IpvsDestination.FWD_MASQ, 2);
  static final IpvsService DNS = svc(IpvsServiceKey.of(UDP, ip("198.18.9.2"), 53), "sh",
      IpvsService.F_ONEPACKET | IpvsService.F_SCHED1 | IpvsService.F_SCHED2, 0, 0xffffffffL, null);
  static final IpvsService SIP = svc(IpvsServiceKey.of(UDP, ip("198.18.9.3"), 5060), "rr",
      IpvsService.F_PERSISTENT, 30, 0xffffffffL, "sip");
  static final IpvsService V6 = svc(IpvsServiceKey.of(TCP, ip("fd00::9:1"), 443), "mh",
      IpvsService.F_PERSISTENT | IpvsService.F_SCHED1 | IpvsService.F_SCHED2, 60, 64, null);
  static final IpvsService MARK4 = svc(IpvsServiceKey.fwmark(2, 5), "lc", 0, 0, 0xffffffffL, null);
  static final IpvsService MARK6 = svc(IpvsServiceKey.fwmark(10, 6), "sed", 0, 0, 128, null);
  static final IpvsService SCTP_SVC = svc(IpvsServiceKey.of(SCTP, ip("198.18.9.4"), 9000), "nq",
      0, 0, 0xffffffffL, null);
  static final IpvsService TRAFFIC = svc(IpvsServiceKey.of(UDP, ip("198.18.9.5"), 7000), "rr", 0,
      0, 0xffffffffL, null);
  static final IpvsSyncDaemon MASTER = new IpvsSyncDaemon(IpvsSyncDaemon.Role.MASTER, "lbd0", 7,
      1400, 8850, 2, ip("239.1.2.3"));
  static final IpvsSyncDaemon BACKUP = new IpvsSyncDaemon(IpvsSyncDaemon.Role.BACKUP, "lbd0", 7,
      0, 0, 0, null);

  static IpvsDestination tunnel(String addr, int type, int port, int flags) {
    return new IpvsDestination(new IpvsDestKey(ip(addr), 443), 10, IpvsDestination.FWD_TUNNEL, 1,
        0, 0, type, port, flags, 0, 0, 0, IpvsCounters.ZERO);
  }

  static IpvsServiceKey schedulerService(int i) {
    return IpvsServiceKey.of(TCP, ip("198.18.9." + (100 + i)), 80);
  }

  private void run() throws Exception {
    try (NetlinkIpvsControl ipvs = NetlinkIpvsControl.open()) {
      check("info", ipvs.info().versionText(), "1.2.1");
      List<IpvsService> services = List.of(WEB, DNS, SIP, V6, MARK4, MARK6, SCTP_SVC, TRAFFIC);
      for (IpvsService s : services) {
        ipvs.addService(s);
      }
      ipvs.addDestination(WEB.key(), WEB1);
      ipvs.addDestination(WEB.key(), WEB2);
      ipvs.addDestination(DNS.key(), dest("198.18.9.13", 53, IpvsDestination.FWD_DROUTE, 1));
      ipvs.addDestination(SIP.key(), dest("198.18.9.14", 5060, IpvsDestination.FWD_DROUTE, 1));
      ipvs.addDestination(V6.key(), tunnel("fd00::9:11", 1, 6080, 1));
      ipvs.addDestination(V6.key(), tunnel("fd00::9:12", 2, 0, 1));
      ipvs.addDestination(V6.key(), tunnel("fd00::9:13", 0, 0, 0));
      ipvs.addDestination(MARK4.key(), dest("198.18.9.15", 0, IpvsDestination.FWD_DROUTE, 4));
      ipvs.addDestination(MARK6.key(), dest("fd00::9:16", 0, IpvsDestination.FWD_DROUTE, 2));
      ipvs.addDestination(SCTP_SVC.key(), dest("198.18.9.17", 9000, IpvsDestination.FWD_MASQ, 1));
      ipvs.addDestination(TRAFFIC.key(), dest("198.18.9.18", 7001, IpvsDestination.FWD_MASQ, 1));
      for (int i = 0; i < SCHEDULERS.size(); i++) {
        ipvs.addService(svc(schedulerService(i), SCHEDULERS.get(i), 0, 0, 0xffffffffL, null));
      }
      refusals(ipvs);
      readBack(ipvs, services);
      ipvs.setTimeouts(new IpvsTimeouts(900, 60, 120));
      check("timeouts", ipvs.timeouts(), new IpvsTimeouts(900, 60, 120));
      ipvs.setTimeouts(new IpvsTimeouts(0, 0, 150)); // zero: unchanged
      check("timeouts keep what is zero", ipvs.timeouts(), new IpvsTimeouts(900, 60, 150));
      ipvs.startDaemon(MASTER);
      ipvs.startDaemon(BACKUP);
      List<IpvsSyncDaemon> daemons = ipvs.daemons();
      check("daemons", daemons.size(), 2);
      check("master daemon", daemons.stream().filter(d -> d.role() == MASTER.role()).findFirst()
          .orElse(null), MASTER);
      traffic(ipvs);
      ipvsadm("step1.txt", "-Sn");
      ipvsadm("step1-thresholds.txt", "-Ln", "--thresholds");

      // step 2: edits and deletions
      IpvsService webRr = svc(WEB.key(), "rr", 0, 0, 0xffffffffL, null);
      ipvs.editService(webRr);
      ipvs.editDestination(WEB.key(), WEB1.withWeight(7));
      ipvs.deleteDestination(WEB.key(), WEB2.key());
      ipvs.deleteService(SCTP_SVC.key());
      ipvs.stopDaemon(IpvsSyncDaemon.Role.BACKUP);
      check("edited service", find(ipvs.services(), WEB.key()).withoutStats(), webRr);
      check("edited destinations", stripped(ipvs.destinations(WEB.key())),
          List.of(WEB1.withWeight(7)));
      check("daemons after stop", ipvs.daemons(), List.of(MASTER));
      ipvsadm("step2.txt", "-Sn");

      // step 3: flush
      ipvs.flush();
      check("flushed", ipvs.services(), List.of());
      ipvsadm("step3.txt", "-Sn");
      batches(ipvs);
      namespaces(ipvs);
    }
  }

  /**
   * Step 3b, {@link IpvsControl#apply}: a service and 300 destinations in three datagrams, with
   * two refusals in the middle of the second (a destination already there: EEXIST; one of a
   * service that does not exist: ESRCH), each reported for its own command and the others done;
   * then, for the bench's record, 2,000 destinations added one request at a time against the
   * same in one batch.
   */
  private void batches(NetlinkIpvsControl ipvs) throws Exception {
    IpvsService svc = svc(IpvsServiceKey.of(TCP, ip("198.18.9.50"), 80), "wrr", 0, 0,
        0xffffffffL, null);
    IpvsServiceKey missing = IpvsServiceKey.of(TCP, ip("198.18.9.51"), 80);
    List<IpvsCommand> cmds = new ArrayList<>();
    cmds.add(IpvsCommand.addService(svc));
    for (int i = 0; i < 300; i++) {
      cmds.add(IpvsCommand.addDestination(svc.key(), member(i)));
      if (i == 150) {
        cmds.add(IpvsCommand.addDestination(svc.key(), member(0)));
        cmds.add(IpvsCommand.addDestination(missing, member(0)));
      }
    }
    List<IpvsOutcome> out = ipvs.apply(cmds);
    check("batch outcomes", out.size(), cmds.size());
    List<String> refused = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      if (!out.get(i).ok()) {
        refused.add(i + ":" + out.get(i).error().get().errno());
      }
    }
    check("batch refusals", refused, List.of("152:17", "153:3"));
    check("batch refusal text", out.get(153).error().get().getMessage()
        .startsWith("IPVS NEW_DEST tcp 198.18.9.51:80 -> 198.19.0.1:80: "), true);
    check("batch destinations", ipvs.destinations(svc.key()).size(), 300);
    ipvs.flush();

    IpvsService one = svc(IpvsServiceKey.of(TCP, ip("198.18.9.52"), 80), "rr", 0, 0,
        0xffffffffL, null);
    ipvs.addService(one);
    long t0 = System.nanoTime();
    for (int i = 0; i < 2000; i++) {
      ipvs.addDestination(one.key(), member(i));
    }
    long single = System.nanoTime() - t0;
    List<IpvsCommand> many = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      many.add(IpvsCommand.addDestination(svc.key(), member(i)));
    }
    ipvs.addService(svc);
    t0 = System.nanoTime();
    boolean allDone = ipvs.apply(many).stream().allMatch(IpvsOutcome::ok);
    long batched = System.nanoTime() - t0;
    check("2,000 destinations in one batch", allDone, true);
    System.out.printf("2000 NEW_DEST: one at a time %d ms, batched %d ms%n", single / 1_000_000,
        batched / 1_000_000);
    ipvs.flush();
  }

  private static IpvsDestination member(int i) {
    return dest("198.19." + i / 250 + "." + (i % 250 + 1), 80, IpvsDestination.FWD_DROUTE, 1);
  }

  static final IpvsService NS_SVC = svc(IpvsServiceKey.of(TCP, ip("198.18.9.200"), 80), "rr", 0,
      0, 0xffffffffL, null);

  /**
   * Step 4, net_namespace_ipvs: IPVS of a named namespace (the script made lbns and lists its
   * table into netns.txt) is not the daemon's, and the unnamed one is process 1's, here the
   * guest's own.
   */
  private void namespaces(NetlinkIpvsControl ipvs) throws Exception {
    try (NetlinkIpvsControl ns =
        NetlinkIpvsControl.open(org.jkeepalived.linux.netns.NetNamespace.ofIpvsKeyword("lbns"))) {
      ns.addService(NS_SVC);
      check("namespace lbns holds its service", keys(ns.services()), List.of(NS_SVC.key()));
      check("the daemon's namespace does not", ipvs.services(), List.of());
    }
    try (NetlinkIpvsControl init =
        NetlinkIpvsControl.open(org.jkeepalived.linux.netns.NetNamespace.ofIpvsKeyword(""))) {
      init.addService(NS_SVC);
      check("the unnamed namespace is process 1's", keys(ipvs.services()), List.of(NS_SVC.key()));
      init.flush();
    }
  }

  private static List<IpvsServiceKey> keys(List<IpvsService> services) {
    return services.stream().map(IpvsService::key).toList();
  }

  private void refusals(NetlinkIpvsControl ipvs) {
    refused("service added twice", 17, () -> ipvs.addService(WEB));
    refused("unknown service deleted", 3, () -> ipvs.deleteService(
        IpvsServiceKey.of(TCP, ip("198.18.9.99"), 1)));
    refused("destination of an unknown service", 3, () -> ipvs.addDestination(
        IpvsServiceKey.of(TCP, ip("198.18.9.99"), 1), WEB2));
    refused("unknown scheduler", 2, () -> ipvs.addService(
        svc(IpvsServiceKey.of(TCP, ip("198.18.9.98"), 1), "nosuch", 0, 0, 0xffffffffL, null)));
  }

  private void readBack(NetlinkIpvsControl ipvs, List<IpvsService> added) throws Exception {
    List<IpvsService> dumped = ipvs.services();
    check("service count", dumped.size(), added.size() + SCHEDULERS.size());
    for (IpvsService s : added) {
      check("service " + s.key(), find(dumped, s.key()).withoutStats(), s);
    }
    for (int i = 0; i < SCHEDULERS.size(); i++) {
      check("scheduler " + SCHEDULERS.get(i), find(dumped, schedulerService(i)).scheduler(),
          SCHEDULERS.get(i));
    }
    check("web destinations", sorted(stripped(ipvs.destinations(WEB.key()))),
        List.of(WEB1, WEB2));
    check("tunnel destinations", sorted(stripped(ipvs.destinations(V6.key()))),
        List.of(tunnel("fd00::9:11", 1, 6080, 1), tunnel("fd00::9:12", 2, 0, 1),
            tunnel("fd00::9:13", 0, 0, 0)));
    check("fwmark inet6 destination", stripped(ipvs.destinations(MARK6.key())),
        List.of(dest("fd00::9:16", 0, IpvsDestination.FWD_DROUTE, 2)));
  }

  /** UDP datagrams to the TRAFFIC service: its counters must show them. */
  private void traffic(NetlinkIpvsControl ipvs) throws Exception {
    byte[] data = "jk".getBytes(StandardCharsets.US_ASCII);
    try (DatagramSocket s = new DatagramSocket()) {
      for (int i = 0; i < 5; i++) {
        s.send(new DatagramPacket(data, data.length, new InetSocketAddress(ip("198.18.9.5"), 7000)));
      }
    }
    // the kernel's estimator folds the per-cpu counters into what a dump shows every 2 s
    IpvsCounters svc = find(ipvs.services(), TRAFFIC.key()).stats();
    for (int i = 0; i < 40 && svc.inPkts() < 5; i++) {
      Thread.sleep(500);
      svc = find(ipvs.services(), TRAFFIC.key()).stats();
    }
    check("service counts the packets", svc.inPkts() >= 5 && svc.conns() >= 1, true);
    IpvsCounters dst = ipvs.destinations(TRAFFIC.key()).get(0).stats();
    check("destination counts the packets", dst.inPkts() >= 5 && dst.inBytes() >= 10, true);
    lines.add("info traffic service " + svc + " destination " + dst);
  }

  private void ipvsadm(String file, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("ipvsadm"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(io.resolve(file).toFile()).start();
    check("ipvsadm " + String.join(" ", args) + " for " + file, p.waitFor(), 0);
  }

  private void refused(String name, int errno, Step step) {
    try {
      step.run();
      lines.add("FAILED " + name + ": no error, expected errno " + errno);
    } catch (IpvsException e) {
      check(name + " (" + e.getMessage() + ")", e.errno(), errno);
    } catch (Exception e) {
      lines.add("FAILED " + name + ": " + e);
    }
  }

  private interface Step {
    void run() throws Exception;
  }

  private void check(String name, Object actual, Object expected) {
    lines.add(Objects.equals(actual, expected) ? "ok " + name
        : "FAILED " + name + ": expected " + expected + ", got " + actual);
  }

  private static IpvsService find(List<IpvsService> services, IpvsServiceKey key) {
    return services.stream().filter(s -> s.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no service " + key + " in " + services));
  }

  private static List<IpvsDestination> stripped(List<IpvsDestination> ds) {
    return ds.stream().map(IpvsDestination::withoutStats).toList();
  }

  private static List<IpvsDestination> sorted(List<IpvsDestination> ds) {
    return ds.stream().sorted((a, b) -> a.key().address().getHostAddress()
        .compareTo(b.key().address().getHostAddress())).toList();
  }

  static IpvsService svc(IpvsServiceKey key, String sched, int flags, int timeout, long netmask,
      String pe) {
    return new IpvsService(key, sched, flags, timeout, netmask, pe, IpvsCounters.ZERO);
  }

  static IpvsDestination dest(String addr, int port, int fwd, int weight) {
    return new IpvsDestination(new IpvsDestKey(ip(addr), port),
        DestinationAttributes.familyOf(ip(addr)), fwd, weight, 0, 0, 0, 0, 0, 0, 0, 0,
        IpvsCounters.ZERO);
  }
}
