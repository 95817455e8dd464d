package org.jkeepalived.linux.ipvs;

import static org.jkeepalived.linux.ipvs.IpvsNetlink.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.genl.GenericNetlinkSocket;
import org.jkeepalived.linux.genl.GenlFamily;
import org.jkeepalived.linux.netlink.MalformedNetlinkException;
import org.jkeepalived.linux.netlink.Netlink;
import org.jkeepalived.linux.netlink.NetlinkMessage;
import org.jkeepalived.linux.netns.NetNamespace;
import org.jkeepalived.linux.proc.KernelModules;

/**
 * {@link IpvsControl} over the kernel's IPVS generic netlink family, through jnr-ffi. One
 * NETLINK_GENERIC socket, opened in the network namespace whose IPVS it programs; every call is
 * a request the kernel acknowledges (or refuses with an errno, given as {@link
 * IpvsException#errno()}) or a dump. Not thread-safe: the LVS engine calls it from its loop.
 */
public final class NetlinkIpvsControl implements IpvsControl {
  /** Requests per datagram: their refusals (each echoing its request) fit the receive buffer. */
  static final int WINDOW = 128;
  /** Bytes per datagram, well inside the default send buffer (net.core.wmem_default). */
  static final int WINDOW_BYTES = 32 * 1024;

  private final GenericNetlinkSocket socket;
  private final GenlFamily family;
  private boolean closed;

  private NetlinkIpvsControl(GenericNetlinkSocket socket, GenlFamily family) {
    this.socket = socket;
    this.family = family;
  }

  /**
   * Opens IPVS in this process's network namespace. As keepalived's ipvs_start: resolve the
   * "IPVS" family; if the kernel has none, {@code modprobe ip_vs} and resolve again; then GET_INFO.
   *
   * @throws IpvsException {@link IpvsException#unavailable} when the kernel has no IPVS
   */
  public static NetlinkIpvsControl open() throws IpvsException {
    GenericNetlinkSocket socket;
    try {
      socket = GenericNetlinkSocket.open();
    } catch (ErrnoException e) {
      throw new IpvsException("cannot open a generic netlink socket: " + e.getMessage(),
          e.errno());
    }
    return over(socket);
  }

  /**
   * Opens IPVS of the named network namespace ({@code net_namespace_ipvs}): the socket is
   * opened on a thread inside it and stays there; calls may come from any one thread.
   */
  public static NetlinkIpvsControl open(NetNamespace namespace) throws IpvsException {
    GenericNetlinkSocket socket;
    try {
      socket = namespace.call(GenericNetlinkSocket::open);
    } catch (ErrnoException e) {
      throw new IpvsException("cannot open a generic netlink socket in network namespace "
          + namespace.name() + ": " + e.getMessage(), e.errno());
    } catch (Exception e) {
      throw new IpvsException("cannot enter network namespace " + namespace.name() + ": "
          + e.getMessage(), e);
    }
    return over(socket);
  }

  private static NetlinkIpvsControl over(GenericNetlinkSocket socket) throws IpvsException {
    try {
      Optional<GenlFamily> family = resolve(socket);
      String loadDetail = "";
      if (family.isEmpty()) {
        KernelModules.Outcome load = KernelModules.load("ip_vs");
        loadDetail = load.loaded() ? "" : "; " + load.detail();
        family = resolve(socket);
      }
      if (family.isEmpty()) {
        throw IpvsException.unavailable("the kernel has no generic netlink family "
            + FAMILY_NAME + " (module ip_vs not loaded" + loadDetail + ")");
      }
      NetlinkIpvsControl control = new NetlinkIpvsControl(socket, family.get());
      control.info(); // keepalived's ipvs_init: a family that cannot answer GET_INFO is no use
      return control;
    } catch (IpvsException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  private static Optional<GenlFamily> resolve(GenericNetlinkSocket socket) throws IpvsException {
    try {
      return socket.resolve(FAMILY_NAME);
    } catch (ErrnoException e) {
      throw new IpvsException("generic netlink lookup of " + FAMILY_NAME + ": " + e.getMessage(),
          e.errno());
    } catch (MalformedNetlinkException e) {
      throw new IpvsException("generic netlink lookup of " + FAMILY_NAME + ": " + e.getMessage(),
          e);
    }
  }

  /** The id the controller gave IPVS on this boot. */
  public int familyId() {
    return family.id();
  }

  @Override
  public IpvsInfo info() throws IpvsException {
    return IpvsCodec.info(single(() -> "GET_INFO", IpvsCodec.getInfo(family.id())));
  }

  @Override
  public List<IpvsService> services() throws IpvsException {
    return dump(() -> "GET_SERVICE", IpvsCodec.getServices(family.id()), IpvsCodec::service);
  }

  @Override
  public List<IpvsDestination> destinations(IpvsServiceKey service) throws IpvsException {
    return dump(() -> "GET_DEST " + IpvsCommand.text(service),
        IpvsCodec.getDestinations(family.id(), service),
        m -> IpvsCodec.destination(m, service.family()));
  }

  @Override
  public void addService(IpvsService service) throws IpvsException {
    run(IpvsCommand.addService(service));
  }

  @Override
  public void editService(IpvsService service) throws IpvsException {
    run(IpvsCommand.editService(service));
  }

  @Override
  public void deleteService(IpvsServiceKey service) throws IpvsException {
    run(IpvsCommand.deleteService(service));
  }

  @Override
  public void addDestination(IpvsServiceKey service, IpvsDestination destination)
      throws IpvsException {
    run(IpvsCommand.addDestination(service, destination));
  }

  @Override
  public void editDestination(IpvsServiceKey service, IpvsDestination destination)
      throws IpvsException {
    run(IpvsCommand.editDestination(service, destination));
  }

  @Override
  public void deleteDestination(IpvsServiceKey service, IpvsDestKey destination)
      throws IpvsException {
    run(IpvsCommand.deleteDestination(service, destination));
  }

  /**
   * The commands in windows of at most {@link #WINDOW} requests and {@link #WINDOW_BYTES} bytes,
   * each window one datagram and one wait ({@link GenericNetlinkSocket#requestBatch}); the
   * kernel takes them in order, so a service added before its destinations is there for them.
   * A refused command's error reads as that command alone would have given it. A window whose
   * answers do not come or do not parse fails as a whole (which of it was done is unknown).
   */
  @Override
  public List<IpvsOutcome> apply(List<IpvsCommand> commands) {
    List<IpvsOutcome> out = new ArrayList<>(commands.size());
    List<NetlinkMessage> window = new ArrayList<>();
    int from = 0;
    int bytes = 0;
    for (int i = 0; i < commands.size(); i++) {
      NetlinkMessage m = commands.get(i).encode(family.id());
      int len = Netlink.align(m.length());
      if (!window.isEmpty() && (window.size() == WINDOW || bytes + len > WINDOW_BYTES)) {
        send(commands.subList(from, i), window, out);
        window.clear();
        from = i;
        bytes = 0;
      }
      window.add(m);
      bytes += len;
    }
    if (!window.isEmpty()) {
      send(commands.subList(from, commands.size()), window, out);
    }
    return out;
  }

  private void send(List<IpvsCommand> commands, List<NetlinkMessage> window,
      List<IpvsOutcome> out) {
    int[] errnos;
    try {
      ensureOpen();
      errnos = socket.requestBatch(window);
    } catch (IpvsException | ErrnoException | MalformedNetlinkException e) {
      String why = e instanceof MalformedNetlinkException ? "malformed reply: " + e.getMessage()
          : e.getMessage();
      int errno = e instanceof ErrnoException x ? x.errno() : 0;
      for (int i = 0; i < commands.size(); i++) {
        out.add(IpvsOutcome.failed(commands.get(i), new IpvsException("IPVS "
            + commands.get(i).describe() + ": " + why + " (in a batch of " + commands.size()
            + ", command " + (i + 1) + ")", errno)));
      }
      return;
    }
    for (int i = 0; i < commands.size(); i++) {
      IpvsCommand c = commands.get(i);
      out.add(errnos[i] == 0 ? IpvsOutcome.done(c)
          : IpvsOutcome.failed(c, refused(c, window.get(i).type(), errnos[i])));
    }
  }

  /** The error a refused command gives, the same alone ({@link #run}) or in a batch. */
  private static IpvsException refused(IpvsCommand c, int type, int errno) {
    return new IpvsException("IPVS " + c.describe() + ": "
        + ErrnoException.of("netlink request type " + type, errno).getMessage(), errno);
  }

  private void run(IpvsCommand c) throws IpvsException {
    request(c::describe, c.encode(family.id()));
  }

  @Override
  public void flush() throws IpvsException {
    request(() -> "FLUSH", IpvsCodec.flush(family.id()));
  }

  @Override
  public IpvsTimeouts timeouts() throws IpvsException {
    return IpvsCodec.timeouts(single(() -> "GET_CONFIG", IpvsCodec.getConfig(family.id())));
  }

  /**
   * As keepalived's ipvs_set_timeout: all three timeouts are sent, a zero one replaced by the
   * kernel's current value.
   */
  @Override
  public void setTimeouts(IpvsTimeouts timeouts) throws IpvsException {
    IpvsTimeouts t = timeouts;
    if (t.tcp() == 0 || t.tcpFin() == 0 || t.udp() == 0) {
      IpvsTimeouts now = timeouts();
      t = new IpvsTimeouts(t.tcp() != 0 ? t.tcp() : now.tcp(),
          t.tcpFin() != 0 ? t.tcpFin() : now.tcpFin(), t.udp() != 0 ? t.udp() : now.udp());
    }
    request(() -> "SET_CONFIG", IpvsCodec.setConfig(family.id(), t));
  }

  @Override
  public List<IpvsSyncDaemon> daemons() throws IpvsException {
    return dump(() -> "GET_DAEMON", IpvsCodec.getDaemons(family.id()), IpvsCodec::daemon);
  }

  @Override
  public void startDaemon(IpvsSyncDaemon daemon) throws IpvsException {
    request(() -> "NEW_DAEMON " + daemon.role() + " on " + daemon.interfaceName(),
        IpvsCodec.newDaemon(family.id(), daemon));
  }

  @Override
  public void stopDaemon(IpvsSyncDaemon.Role role) throws IpvsException {
    request(() -> "DEL_DAEMON " + role, IpvsCodec.delDaemon(family.id(), role, 0));
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      socket.close();
    }
  }

  private void request(Supplier<String> what, NetlinkMessage m) throws IpvsException {
    call(what, m);
  }

  /** A request whose answer is one message before the ACK (GET_INFO, GET_CONFIG). */
  private NetlinkMessage single(Supplier<String> what, NetlinkMessage m) throws IpvsException {
    List<NetlinkMessage> replies = call(what, m);
    if (replies.isEmpty()) {
      throw new IpvsException("IPVS " + what.get() + ": the kernel acknowledged without an answer",
          0);
    }
    return replies.get(0);
  }

  private List<NetlinkMessage> call(Supplier<String> what, NetlinkMessage m) throws IpvsException {
    return exchange(what, () -> socket.call(m));
  }

  /** A dump, each message decoded. */
  private <T> List<T> dump(Supplier<String> what, NetlinkMessage m, Decoder<T> decoder)
      throws IpvsException {
    List<T> out = new ArrayList<>();
    for (NetlinkMessage reply : exchange(what, () -> socket.dump(m))) {
      out.add(decoder.decode(reply));
    }
    return out;
  }

  @FunctionalInterface
  private interface Decoder<T> {
    T decode(NetlinkMessage m) throws IpvsException;
  }

  /**
   * One transaction on the socket, its failures as IpvsException; {@code what} names the request
   * in the error only, so a request that succeeds builds no text (thousands at a start).
   */
  private List<NetlinkMessage> exchange(Supplier<String> what, Exchange x) throws IpvsException {
    ensureOpen();
    try {
      return x.run();
    } catch (ErrnoException e) {
      throw new IpvsException("IPVS " + what.get() + ": " + e.getMessage(), e.errno());
    } catch (MalformedNetlinkException e) {
      throw new IpvsException("IPVS " + what.get() + ": malformed reply: " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface Exchange {
    List<NetlinkMessage> run() throws ErrnoException;
  }

  private void ensureOpen() throws IpvsException {
    if (closed) {
      throw new IpvsException("IPVS control is closed", 0);
    }
  }
}
