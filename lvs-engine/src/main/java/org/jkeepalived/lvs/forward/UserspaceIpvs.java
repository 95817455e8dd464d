package org.jkeepalived.lvs.forward;

import io.netty.channel.Channel;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.unix.Errors;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.jkeepalived.linux.ipvs.IpvsControl;
import org.jkeepalived.linux.ipvs.IpvsDestKey;
import org.jkeepalived.linux.ipvs.IpvsDestination;
import org.jkeepalived.linux.ipvs.IpvsException;
import org.jkeepalived.linux.ipvs.IpvsInfo;
import org.jkeepalived.linux.ipvs.IpvsService;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;
import org.jkeepalived.linux.ipvs.IpvsSyncDaemon;
import org.jkeepalived.linux.ipvs.IpvsTimeouts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LVS dataplane without kernel IPVS: a userspace L4 proxy on Netty's native epoll transport,
 * programmed through the same {@link IpvsControl} port and answering its dumps with the same
 * counters and gauges, so the engine, the checkers and SNMP cannot tell the difference. A virtual
 * server becomes a listener on VIP:port (TCP or UDP, bound with IP_FREEBIND so a VRRP backup
 * holds it before the VIP arrives); a destination becomes a proxy target. What a proxy cannot do
 * (fwmark services, DR and TUN forwarding, the sync daemon) is refused with EOPNOTSUPP and a
 * reason ({@link UserspaceSupport}).
 *
 * <p>Forwarding runs on its own threads ({@link ForwarderSettings#threads}), never on an engine's
 * loop. The control calls come from the LVS engine's one loop thread, as the port says.
 */
public final class UserspaceIpvs implements IpvsControl {
  private static final Logger LOG = LoggerFactory.getLogger(UserspaceIpvs.class);
  static final int ESRCH = 3;
  static final int ENOENT = 2;
  static final int EEXIST = 17;
  static final int EINVAL = 22;
  static final int EOPNOTSUPP = 95;
  static final int EADDRINUSE = 98;
  /** The version the kernel reports today, 1.2.1, which is what the MIB shows. */
  static final int VERSION = (1 << 16) | (2 << 8) | 1;
  /** The kernel's defaults: tcp 900 s, tcpfin 120 s, udp 300 s. */
  static final IpvsTimeouts DEFAULT_TIMEOUTS = new IpvsTimeouts(900, 120, 300);
  /** How often idle TCP connections are looked for: the timeouts are whole seconds. */
  static final long SWEEP_MILLIS = 500;

  private final Context context;
  private final MultiThreadIoEventLoopGroup group;
  private final Map<IpvsServiceKey, VirtualService> services = new ConcurrentHashMap<>();
  private volatile IpvsTimeouts timeouts = DEFAULT_TIMEOUTS;
  private boolean closed;

  public UserspaceIpvs(ForwarderSettings settings) {
    this(settings, Transport.best(), System::nanoTime);
  }

  UserspaceIpvs(ForwarderSettings settings, Transport transport, LongSupplier nanos) {
    this.group = transport.newGroup(settings.threads());
    this.context = new Context(transport, group, settings,
        new ConnectionLimit(settings.maxConnections()), () -> timeouts, nanos);
    if (!transport.epoll()) {
      LOG.warn("userspace forwarder on NIO: epoll unavailable ({}); virtual addresses must be"
          + " present before their virtual servers", Transport.epollUnavailableReason());
    }
    group.next().scheduleAtFixedRate(this::tick, RateEstimator.INTERVAL_SECONDS,
        RateEstimator.INTERVAL_SECONDS, TimeUnit.SECONDS);
    group.next().scheduleAtFixedRate(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS,
        TimeUnit.MILLISECONDS);
  }

  private void sweep() {
    long now = context.nanos().getAsLong();
    for (VirtualService vs : services.values()) {
      Frontend f = vs.frontend();
      if (f != null) {
        f.sweep(now);
      }
    }
  }

  /** Whether the native epoll transport (and so IP_FREEBIND) is in use. */
  public boolean nativeTransport() {
    return context.transport().epoll();
  }

  private void tick() {
    services.values().forEach(VirtualService::tick);
  }

  @Override
  public IpvsInfo info() {
    return new IpvsInfo(VERSION, context.settings().maxConnections());
  }

  @Override
  public List<IpvsService> services() {
    List<IpvsService> out = new ArrayList<>();
    services.values().forEach(s -> out.add(s.dump()));
    return out;
  }

  @Override
  public List<IpvsDestination> destinations(IpvsServiceKey key) throws IpvsException {
    return service(key).dumpDests();
  }

  @Override
  public void addService(IpvsService s) throws IpvsException {
    refuseUnsupported(UserspaceSupport.unsupported(s));
    if (s.key().family() == IpvsServiceKey.AF_INET6
        && (s.flags() & IpvsService.F_PERSISTENT) != 0
        && (s.netmask() < 1 || s.netmask() > 128)) {
      throw new IpvsException("IPv6 persistence granularity must be a prefix length 1..128",
          EINVAL);
    }
    if (services.containsKey(s.key())) {
      throw new IpvsException("virtual server already exists: " + describe(s.key()), EEXIST);
    }
    VirtualService vs = new VirtualService(s, context.nanos());
    InetSocketAddress address = new InetSocketAddress(s.key().address(), s.key().port());
    Frontend frontend;
    try {
      if (s.key().protocol() == UserspaceSupport.IPPROTO_TCP) {
        TcpFrontend tcp = new TcpFrontend(vs, context);
        frontend = tcp;
        tcp.bind(address);
      } else {
        UdpFrontend udp = new UdpFrontend(vs, context);
        frontend = udp;
        udp.bind(address);
      }
    } catch (Exception e) {
      throw new IpvsException("cannot listen on " + describe(s.key()) + ": " + e.getMessage(),
          errnoOf(e));
    }
    vs.frontend(frontend);
    services.put(s.key(), vs);
    LOG.info("userspace forwarder: listening on {} ({})", describe(s.key()), s.scheduler());
  }

  @Override
  public void editService(IpvsService s) throws IpvsException {
    VirtualService vs = service(s.key());
    refuseUnsupported(UserspaceSupport.unsupported(s));
    vs.edit(s);
  }

  @Override
  public void deleteService(IpvsServiceKey key) throws IpvsException {
    VirtualService vs = services.remove(key);
    if (vs == null) {
      throw new IpvsException("no such virtual server: " + describe(key), ESRCH);
    }
    vs.frontend().close();
  }

  @Override
  public void addDestination(IpvsServiceKey key, IpvsDestination d) throws IpvsException {
    VirtualService vs = service(key);
    refuseUnsupported(UserspaceSupport.unsupported(d));
    if (vs.find(d.key()).isPresent()) {
      throw new IpvsException("real server already exists: " + d.key(), EEXIST);
    }
    vs.add(new RealServer(d));
  }

  @Override
  public void editDestination(IpvsServiceKey key, IpvsDestination d) throws IpvsException {
    VirtualService vs = service(key);
    refuseUnsupported(UserspaceSupport.unsupported(d));
    RealServer rs = vs.find(d.key())
        .orElseThrow(() -> new IpvsException("no such real server: " + d.key(), ENOENT));
    vs.update(rs, d);
  }

  /**
   * Takes the destination out at once for new connections; its established connections may
   * finish for {@link ForwarderSettings#drainBound} and are closed then.
   */
  @Override
  public void deleteDestination(IpvsServiceKey key, IpvsDestKey d) throws IpvsException {
    VirtualService vs = service(key);
    RealServer rs = vs.find(d)
        .orElseThrow(() -> new IpvsException("no such real server: " + d, ENOENT));
    vs.remove(rs);
    if (!rs.channels().isEmpty()) {
      Duration bound = context.settings().drainBound();
      group.next().schedule(() -> rs.channels().forEach(Channel::close),
          bound.toNanos(), TimeUnit.NANOSECONDS);
    }
  }

  @Override
  public void flush() {
    for (IpvsServiceKey key : List.copyOf(services.keySet())) {
      VirtualService vs = services.remove(key);
      if (vs != null) {
        vs.frontend().close();
      }
    }
  }

  @Override
  public IpvsTimeouts timeouts() {
    return timeouts;
  }

  /** A zero field leaves that timeout as it was; the UDP one bounds idle flows. */
  @Override
  public void setTimeouts(IpvsTimeouts t) {
    IpvsTimeouts old = timeouts;
    timeouts = new IpvsTimeouts(t.tcp() != 0 ? t.tcp() : old.tcp(),
        t.tcpFin() != 0 ? t.tcpFin() : old.tcpFin(), t.udp() != 0 ? t.udp() : old.udp());
  }

  @Override
  public List<IpvsSyncDaemon> daemons() {
    return List.of();
  }

  @Override
  public void startDaemon(IpvsSyncDaemon daemon) throws IpvsException {
    throw new IpvsException("lvs_sync_daemon needs kernel IPVS: the userspace forwarder has no"
        + " connection synchronisation", EOPNOTSUPP);
  }

  @Override
  public void stopDaemon(IpvsSyncDaemon.Role role) throws IpvsException {
    throw new IpvsException("no " + role + " sync daemon runs", ESRCH);
  }

  /**
   * Sends a PROXY protocol header to the real servers of a TCP virtual server (a jkeepalived
   * extension; new connections only).
   */
  public void setProxyProtocol(IpvsServiceKey key, ProxyProtocol version) throws IpvsException {
    VirtualService vs = service(key);
    if (version != ProxyProtocol.NONE && key.protocol() != UserspaceSupport.IPPROTO_TCP) {
      throw new IpvsException("the PROXY protocol is for TCP virtual servers", EINVAL);
    }
    vs.proxyProtocol(version);
  }

  /**
   * TCP clients reset and UDP flows not opened because the forwarder was at {@link
   * ForwarderSettings#maxConnections}.
   */
  public long refusedConnections() {
    return context.limit().refused();
  }

  /**
   * What the forwarder holds and has shed, over every virtual server: the figures of its bounds
   * (read from the control thread while forwarding goes on: a gauge, not a snapshot).
   */
  public ForwarderLoad load() {
    ForwarderLoad sum = new ForwarderLoad(context.limit().open(), context.limit().refused(),
        0, 0, 0, 0, 0);
    for (VirtualService vs : services.values()) {
      Frontend f = vs.frontend();
      if (f != null) {
        sum = sum.plus(f.load());
      }
    }
    return sum;
  }

  /** Whether {@link #close} has run: its gauges then no longer describe a running forwarder. */
  public synchronized boolean isClosed() {
    return closed;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    flush();
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }

  private VirtualService service(IpvsServiceKey key) throws IpvsException {
    VirtualService vs = services.get(key);
    if (vs == null) {
      throw new IpvsException("no such virtual server: " + describe(key), ESRCH);
    }
    return vs;
  }

  private static void refuseUnsupported(Optional<String> why) throws IpvsException {
    if (why.isPresent()) {
      throw new IpvsException(why.get(), EOPNOTSUPP);
    }
  }

  private static int errnoOf(Exception e) {
    if (e instanceof Errors.NativeIoException n) {
      return -n.expectedErr();
    }
    return e instanceof BindException ? EADDRINUSE : 0;
  }

  static String describe(IpvsServiceKey k) {
    String proto = k.protocol() == UserspaceSupport.IPPROTO_TCP ? "TCP" : "UDP";
    return k.isFwmark() ? "FWM " + k.fwmark()
        : proto + " " + new InetSocketAddress(k.address(), k.port()).toString().replace("/", "");
  }
}
