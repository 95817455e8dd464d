package org.jkeepalived.linux.ipvs;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.jkeepalived.mibs.config.IpText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An in-memory kernel IPVS table for tests: answers as the kernel does (EEXIST for a service or
 * destination already there, ESRCH for a missing service, ENOENT for a missing destination),
 * records every change it is asked for in order ({@link #calls()}, so that a test can assert the
 * exact kernel calls of a reload, or that nothing was touched), and holds statistics a test sets.
 * A refusal changes nothing and is recorded too, marked with its errno.
 */
public final class FakeIpvsControl implements IpvsControl {
  public static final int ESRCH = 3;
  public static final int ENOENT = 2;
  public static final int EEXIST = 17;

  private final Map<IpvsServiceKey, Entry> table = new LinkedHashMap<>();
  private final List<String> calls = new ArrayList<>();
  private final List<IpvsSyncDaemon> daemons = new ArrayList<>();
  private IpvsTimeouts timeouts = new IpvsTimeouts(900, 120, 300);
  private IpvsException nextFailure;
  private final List<List<String>> batches = new ArrayList<>();
  private final Map<String, Integer> refusals = new LinkedHashMap<>();
  private int dumps;
  private Runnable onDump = () -> {};
  private boolean closed;

  /** A service with its destinations in insertion order, as the kernel lists them. */
  private static final class Entry {
    IpvsService service;
    final Map<IpvsDestKey, IpvsDestination> dests = new LinkedHashMap<>();

    Entry(IpvsService service) {
      this.service = service;
    }
  }

  // --- test controls ---

  /** The changes asked for so far, one line each ({@code NEW_DEST tcp 198.18.2.10:80 -> ...}). */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  /** Forgets the recorded calls (the table stays). */
  public void clearCalls() {
    calls.clear();
  }

  /** How many dumps (services, destinations, timeouts, daemons, info) were asked for. */
  public int dumps() {
    return dumps;
  }

  /** Runs {@code hook} at every dump, e.g. to let a fake clock pass as a slow kernel read does. */
  public void onDump(Runnable hook) {
    onDump = Objects.requireNonNull(hook);
  }

  /** The next call of any kind fails with {@code failure} and changes nothing. */
  public void failNext(IpvsException failure) {
    nextFailure = Objects.requireNonNull(failure);
  }

  /** The batches {@link #apply} was given, each as its commands' {@code describe()}. */
  public List<List<String>> batches() {
    return List.copyOf(batches);
  }

  /** Forgets the recorded batches. */
  public void clearBatches() {
    batches.clear();
  }

  /**
   * From now on the command {@code describe()}d so is refused with {@code errno} when it comes
   * in a batch ({@link #apply}), changing nothing, as a kernel refusal would.
   */
  public void refuseInBatches(String describe, int errno) {
    refusals.put(describe, errno);
  }

  /** Sets the counters the next dumps report for a service. */
  public void setServiceStats(IpvsServiceKey key, IpvsCounters stats) {
    Entry e = entry(key);
    IpvsService s = e.service;
    e.service = new IpvsService(s.key(), s.scheduler(), s.flags(), s.timeoutSeconds(), s.netmask(),
        s.persistenceEngine(), stats);
  }

  /** Sets the counters and connection gauges the next dumps report for a destination. */
  public void setDestinationStats(IpvsServiceKey key, IpvsDestKey dest, IpvsCounters stats,
      long active, long inactive, long persistent) {
    IpvsDestination d = entry(key).dests.get(dest);
    Objects.requireNonNull(d, "no such destination");
    entry(key).dests.put(dest, new IpvsDestination(d.key(), d.family(), d.forwarding(), d.weight(),
        d.upperThreshold(), d.lowerThreshold(), d.tunnelType(), d.tunnelPort(), d.tunnelFlags(),
        active, inactive, persistent, stats));
  }

  /** Whether {@link #close()} was called. */
  public boolean closed() {
    return closed;
  }

  /** The table as {@code ipvsadm -Sn} prints it (the subset of options keepalived uses). */
  public String save() {
    StringBuilder b = new StringBuilder();
    for (Entry e : table.values()) {
      IpvsService s = e.service;
      String svc = serviceOption(s.key());
      b.append("-A ").append(svc).append(" -s ").append(s.scheduler());
      String flags = schedulerFlags(s.flags());
      if (!flags.isEmpty()) {
        b.append(" -b ").append(flags);
      }
      if ((s.flags() & IpvsService.F_ONEPACKET) != 0) {
        b.append(" -o");
      }
      if ((s.flags() & IpvsService.F_PERSISTENT) != 0) {
        b.append(" -p ").append(s.timeoutSeconds());
        if (s.key().family() == IpvsServiceKey.AF_INET && s.netmask() != 0xFFFFFFFFL) {
          b.append(" -M ").append(dotted(s.netmask()));
        } else if (s.key().family() == IpvsServiceKey.AF_INET6 && s.netmask() != 128) {
          b.append(" -M ").append(s.netmask());
        }
        if (s.persistenceEngine() != null) {
          b.append(" --pe ").append(s.persistenceEngine());
        }
      }
      b.append('\n');
      for (IpvsDestination d : e.dests.values()) {
        b.append("-a ").append(svc).append(" -r ").append(hostPort(d.key().address(), d.key().port()))
            .append(' ').append(method(d.forwarding())).append(" -w ").append(d.weight());
        if (d.upperThreshold() != 0) {
          b.append(" -x ").append(d.upperThreshold());
        }
        if (d.lowerThreshold() != 0) {
          b.append(" -y ").append(d.lowerThreshold());
        }
        b.append('\n');
      }
    }
    return b.toString();
  }

  /** The services now in the table, without counters. */
  public List<IpvsService> serviceTable() {
    return table.values().stream().map(e -> e.service.withoutStats()).toList();
  }

  /** The destinations of {@code key} now in the table, without counters; empty if none. */
  public List<IpvsDestination> destinationTable(IpvsServiceKey key) {
    Entry e = table.get(key);
    return e == null ? List.of()
        : e.dests.values().stream().map(IpvsDestination::withoutStats).toList();
  }

  /** The sync daemons running. */
  public List<IpvsSyncDaemon> runningDaemons() {
    return List.copyOf(daemons);
  }

  // --- the port ---

  /** Records the batch, then runs each command as the port's default does. */
  @Override
  public List<IpvsOutcome> apply(List<IpvsCommand> commands) {
    batches.add(commands.stream().map(IpvsCommand::describe).toList());
    List<IpvsOutcome> out = new ArrayList<>(commands.size());
    for (IpvsCommand c : commands) {
      Integer errno = refusals.get(c.describe());
      if (errno != null) {
        calls.add(c.describe() + " !errno " + errno);
        out.add(IpvsOutcome.failed(c, new IpvsException(c.describe() + ": refused", errno)));
      } else {
        out.addAll(IpvsControl.super.apply(List.of(c)));
      }
    }
    return out;
  }

  @Override
  public IpvsInfo info() throws IpvsException {
    read();
    return new IpvsInfo(0x010201, 4096);
  }

  @Override
  public List<IpvsService> services() throws IpvsException {
    read();
    return table.values().stream().map(e -> e.service).toList();
  }

  @Override
  public List<IpvsDestination> destinations(IpvsServiceKey service) throws IpvsException {
    read();
    Entry e = table.get(service);
    if (e == null) {
      throw new IpvsException("No such process", ESRCH);
    }
    return List.copyOf(e.dests.values());
  }

  @Override
  public void addService(IpvsService service) throws IpvsException {
    String line = "NEW_SERVICE " + describe(service);
    write(line);
    if (table.containsKey(service.key())) {
      refuse(line, EEXIST);
    }
    table.put(service.key(), new Entry(service.withoutStats()));
  }

  @Override
  public void editService(IpvsService service) throws IpvsException {
    String line = "SET_SERVICE " + describe(service);
    write(line);
    Entry e = existing(line, service.key());
    e.service = new IpvsService(service.key(), service.scheduler(), service.flags(),
        service.timeoutSeconds(), service.netmask(), service.persistenceEngine(), e.service.stats());
  }

  @Override
  public void deleteService(IpvsServiceKey service) throws IpvsException {
    String line = "DEL_SERVICE " + serviceText(service);
    write(line);
    existing(line, service);
    table.remove(service);
  }

  @Override
  public void addDestination(IpvsServiceKey service, IpvsDestination destination)
      throws IpvsException {
    String line = "NEW_DEST " + serviceText(service) + " -> " + describe(destination);
    write(line);
    Entry e = existing(line, service);
    if (e.dests.containsKey(destination.key())) {
      refuse(line, EEXIST);
    }
    e.dests.put(destination.key(), destination.withoutStats());
  }

  @Override
  public void editDestination(IpvsServiceKey service, IpvsDestination destination)
      throws IpvsException {
    String line = "SET_DEST " + serviceText(service) + " -> " + describe(destination);
    write(line);
    Entry e = existing(line, service);
    IpvsDestination old = e.dests.get(destination.key());
    if (old == null) {
      refuse(line, ENOENT);
    }
    e.dests.put(destination.key(), new IpvsDestination(destination.key(), destination.family(),
        destination.forwarding(), destination.weight(), destination.upperThreshold(),
        destination.lowerThreshold(), destination.tunnelType(), destination.tunnelPort(),
        destination.tunnelFlags(), old.activeConns(), old.inactiveConns(), old.persistentConns(),
        old.stats()));
  }

  @Override
  public void deleteDestination(IpvsServiceKey service, IpvsDestKey destination)
      throws IpvsException {
    String line = "DEL_DEST " + serviceText(service) + " -> "
        + hostPort(destination.address(), destination.port());
    write(line);
    Entry e = existing(line, service);
    if (e.dests.remove(destination) == null) {
      refuse(line, ENOENT);
    }
  }

  @Override
  public void flush() throws IpvsException {
    write("FLUSH");
    table.clear();
  }

  @Override
  public IpvsTimeouts timeouts() throws IpvsException {
    read();
    return timeouts;
  }

  @Override
  public void setTimeouts(IpvsTimeouts t) throws IpvsException {
    write("SET_CONFIG tcp " + t.tcp() + " tcpfin " + t.tcpFin() + " udp " + t.udp());
    timeouts = new IpvsTimeouts(t.tcp() != 0 ? t.tcp() : timeouts.tcp(),
        t.tcpFin() != 0 ? t.tcpFin() : timeouts.tcpFin(), t.udp() != 0 ? t.udp() : timeouts.udp());
  }

  @Override
  public List<IpvsSyncDaemon> daemons() throws IpvsException {
    read();
    return List.copyOf(daemons);
  }

  @Override
  public void startDaemon(IpvsSyncDaemon daemon) throws IpvsException {
    String line = "NEW_DAEMON " + daemon.role() + " " + daemon.interfaceName() + " id "
        + daemon.syncId();
    write(line);
    if (daemons.stream().anyMatch(d -> d.role() == daemon.role())) {
      refuse(line, EEXIST);
    }
    daemons.add(daemon);
  }

  @Override
  public void stopDaemon(IpvsSyncDaemon.Role role) throws IpvsException {
    String line = "DEL_DAEMON " + role;
    write(line);
    if (!daemons.removeIf(d -> d.role() == role)) {
      refuse(line, ESRCH);
    }
  }

  @Override
  public void close() {
    closed = true;
  }

  // --- helpers ---

  private void read() throws IpvsException {
    dumps++;
    onDump.run();
    failIfAsked(null);
  }

  private void write(String line) throws IpvsException {
    failIfAsked(line);
  }

  private void failIfAsked(String line) throws IpvsException {
    if (nextFailure != null) {
      IpvsException f = nextFailure;
      nextFailure = null;
      if (line != null) {
        calls.add(line + " !errno " + f.errno());
      }
      throw f;
    }
    if (line != null) {
      calls.add(line);
    }
  }

  private void refuse(String line, int errno) throws IpvsException {
    calls.set(calls.size() - 1, line + " !errno " + errno);
    throw new IpvsException(line + ": errno " + errno, errno);
  }

  private Entry existing(String line, IpvsServiceKey key) throws IpvsException {
    Entry e = table.get(key);
    if (e == null) {
      refuse(line, ESRCH);
    }
    return e;
  }

  private Entry entry(IpvsServiceKey key) {
    Entry e = table.get(key);
    Objects.requireNonNull(e, "no such service");
    return e;
  }

  /** {@code tcp 198.18.2.10:80}, {@code fwmark 5 inet6}. */
  public static String serviceText(IpvsServiceKey k) {
    if (k.isFwmark()) {
      return "fwmark " + k.fwmark() + (k.family() == IpvsServiceKey.AF_INET6 ? " inet6" : "");
    }
    return protocolName(k.protocol()) + " " + hostPort(k.address(), k.port());
  }

  private static String describe(IpvsService s) {
    StringBuilder b = new StringBuilder(serviceText(s.key())).append(' ').append(s.scheduler());
    if (s.flags() != 0) {
      b.append(" flags 0x").append(Integer.toHexString(s.flags()));
    }
    if ((s.flags() & IpvsService.F_PERSISTENT) != 0) {
      b.append(" timeout ").append(s.timeoutSeconds())
          .append(" netmask ").append(s.key().family() == IpvsServiceKey.AF_INET
              ? dotted(s.netmask()) : Long.toString(s.netmask()));
      if (s.persistenceEngine() != null) {
        b.append(" pe ").append(s.persistenceEngine());
      }
    }
    return b.toString();
  }

  private static String describe(IpvsDestination d) {
    StringBuilder b = new StringBuilder(hostPort(d.key().address(), d.key().port()))
        .append(' ').append(methodName(d.forwarding())).append(" w ").append(d.weight());
    if (d.upperThreshold() != 0 || d.lowerThreshold() != 0) {
      b.append(" x ").append(d.upperThreshold()).append(" y ").append(d.lowerThreshold());
    }
    if (d.forwarding() == IpvsDestination.FWD_TUNNEL && d.tunnelType() != 0) {
      b.append(" tun ").append(d.tunnelType()).append(" port ").append(d.tunnelPort())
          .append(" csum ").append(d.tunnelFlags());
    }
    return b.toString();
  }

  private static String serviceOption(IpvsServiceKey k) {
    if (k.isFwmark()) {
      return "-f " + k.fwmark() + (k.family() == IpvsServiceKey.AF_INET6 ? " -6" : "");
    }
    String opt = switch (k.protocol()) {
      case 17 -> "-u";
      case 132 -> "--sctp-service";
      default -> "-t";
    };
    return opt + " " + hostPort(k.address(), k.port());
  }

  private static String protocolName(int protocol) {
    return switch (protocol) {
      case 6 -> "tcp";
      case 17 -> "udp";
      case 132 -> "sctp";
      default -> "proto" + protocol;
    };
  }

  private static String method(int forwarding) {
    return switch (forwarding) {
      case IpvsDestination.FWD_MASQ -> "-m";
      case IpvsDestination.FWD_TUNNEL -> "-i";
      case IpvsDestination.FWD_DROUTE -> "-g";
      default -> "-l";
    };
  }

  private static String methodName(int forwarding) {
    return switch (forwarding) {
      case IpvsDestination.FWD_MASQ -> "masq";
      case IpvsDestination.FWD_TUNNEL -> "tunnel";
      case IpvsDestination.FWD_DROUTE -> "route";
      default -> "local";
    };
  }

  private static String schedulerFlags(int flags) {
    List<String> out = new ArrayList<>();
    if ((flags & IpvsService.F_SCHED1) != 0) {
      out.add("flag-1");
    }
    if ((flags & IpvsService.F_SCHED2) != 0) {
      out.add("flag-2");
    }
    if ((flags & IpvsService.F_SCHED3) != 0) {
      out.add("flag-3");
    }
    return String.join(",", out);
  }

  private static String hostPort(InetAddress a, int port) {
    return a instanceof Inet6Address ? "[" + v6(a.getAddress()) + "]:" + port
        : a.getHostAddress() + ":" + port;
  }

  /** An IPv6 address as ipvsadm prints it (inet_ntop: RFC 5952, as mibs' IpText writes it). */
  static String v6(byte[] b) {
    try {
      return IpText.format(InetAddress.getByAddress(b));
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException("not an address: " + b.length + " octets", e);
    }
  }

  private static String dotted(long mask) {
    return ((mask >> 24) & 0xFF) + "." + ((mask >> 16) & 0xFF) + "." + ((mask >> 8) & 0xFF) + "."
        + (mask & 0xFF);
  }
}
