package org.jkeepalived.bfd.service;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;
import org.jkeepalived.bfd.fsm.BfdAction;
import org.jkeepalived.bfd.fsm.BfdEvent;
import org.jkeepalived.bfd.io.BfdListeners;
import org.jkeepalived.bfd.packet.BfdControlCodec;
import org.jkeepalived.bfd.packet.BfdControlPacket;
import org.jkeepalived.bfd.packet.BfdDecodeResult;
import org.jkeepalived.bfd.packet.BfdDiscard;
import org.jkeepalived.engine.Engine;
import org.jkeepalived.engine.EngineContext;
import org.jkeepalived.engine.EngineHealth;
import org.jkeepalived.engine.EngineStartException;
import org.jkeepalived.engine.log.LogThrottle;
import org.jkeepalived.engine.loop.LoopScheduler;
import org.jkeepalived.engine.loop.Scheduler;
import org.jkeepalived.engine.store.Reconciler;
import org.jkeepalived.engine.store.StatePublisher;
import org.jkeepalived.engine.store.StoreFollower;
import org.jkeepalived.linux.udp.UdpDatagram;
import org.jkeepalived.linux.udp.UdpSocket;
import org.jkeepalived.mibs.config.BfdInstanceConfig;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.model.BfdState;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Domain;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Part;
import org.jkeepalived.mibs.store.StoreEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The BFD engine: every bfd_instance of the store's bfdSessTable config rows runs as a session
 * on one loop, and its state goes back into the same rows, where VRRP's track_bfd and the
 * checkers' BFD_CHECK follow it (the engine calls neither). Received packets are demultiplexed by
 * Your Discriminator, and by source address and port (single hop or multihop) while it is zero
 * (RFC 5880 section 6.8.6). A reload or SNMP SET is a diff keyed by bfd_instance name: a kept
 * session keeps its discriminator, state and timers.
 */
public final class BfdEngine implements Engine {
  private static final Logger LOG = LoggerFactory.getLogger(BfdEngine.class);
  /** How late a packet counter may reach the store (StatePublisher: why counters wait). */
  static final Duration COUNTER_PUBLISH_DELAY = Duration.ofSeconds(1);
  private static final Duration START_WAIT = Duration.ofSeconds(10);

  private final ObjectStore store;
  private final UdpSocket.Factory sockets;
  private final RandomGenerator random;
  private final Scheduler given;
  /** Runs first on each of the engine's own threads: bfd_priority / bfd_rt_priority. */
  private final Runnable threadSetup;
  private Scheduler loop;
  private LoopScheduler owned;
  private final Map<String, BfdSession> sessions = new LinkedHashMap<>();
  private final Map<Long, BfdSession> byDiscr = new HashMap<>();
  /** The keys of {@link #byDiscr}, for the readers' lane choice ({@link ReceiveQueue}). */
  private final Set<Long> running = ConcurrentHashMap.newKeySet();
  private ReceiveQueue received;
  /** Datagrams the readers dropped and no log line has told yet (one line per 10 s). */
  private long queueDrops;
  private static final DropKey QUEUE_FULL = new DropKey(null, null);
  private final Reconciler<String, Map.Entry<Index, BfdInstanceConfig>, BfdSession> reconciler;
  private StatePublisher publisher;
  private BfdListeners listeners;
  private StoreFollower follower;
  private final BfdSenders senders;
  private final LogThrottle<DropKey> dropLog = new LogThrottle<>(Duration.ofSeconds(10), 256);
  /**
   * How many received datagrams may wait for the loop: beyond it a flood is dropped by the
   * reader, so that the loop's transmit timers are never queued behind it (a session Up at
   * 50 ms x 3 went Down under 120,000 garbage datagrams before this bound).
   */
  static final int MAX_QUEUED = 1024;
  /**
   * How many received datagrams for running sessions may wait: 1,000 sessions at 50 ms bring
   * 20,000 a second, so {@link #MAX_QUEUED} was full after a stall of the loop of 51 ms and the
   * peers' packets were dropped; this holds 0.8 s of them, more than a Detection Time.
   */
  static final int MAX_QUEUED_FOR_SESSIONS = 16_384;
  private volatile EngineHealth health = new EngineHealth(EngineHealth.Status.STARTING, "");
  private boolean closed;

  /** The daemon's engine: its own loop thread, and {@code sockets} for the kernel's UDP. */
  public BfdEngine(ObjectStore store, UdpSocket.Factory sockets, RandomGenerator random) {
    this(store, sockets, random, null, () -> { });
  }

  /**
   * The daemon's engine whose loop and reader threads first run {@code threadSetup} (keepalived
   * gives its BFD process bfd_priority and bfd_rt_priority; here they are the engine's threads).
   */
  public BfdEngine(ObjectStore store, UdpSocket.Factory sockets, RandomGenerator random,
      Runnable threadSetup) {
    this(store, sockets, random, null, threadSetup);
  }

  /** An engine on a loop the caller owns (tests: a {@code FakeScheduler}). */
  public BfdEngine(ObjectStore store, UdpSocket.Factory sockets, RandomGenerator random,
      Scheduler loop) {
    this(store, sockets, random, loop, () -> { });
  }

  private BfdEngine(ObjectStore store, UdpSocket.Factory sockets, RandomGenerator random,
      Scheduler loop, Runnable threadSetup) {
    this.threadSetup = Objects.requireNonNull(threadSetup);
    this.store = Objects.requireNonNull(store);
    this.sockets = Objects.requireNonNull(sockets);
    this.random = Objects.requireNonNull(random);
    this.given = loop;
    this.senders = new BfdSenders(sockets);
    this.reconciler = new Reconciler<>(sessions, new SessionRows());
  }

  @Override
  public String name() {
    return "bfd";
  }

  @Override
  public void start(EngineContext context) throws EngineStartException {
    if (given == null) {
      owned = new LoopScheduler("bfd", failure -> {
        if (failure instanceof Error) { // a RuntimeException is one bad packet: logged, go on
          health = new EngineHealth(EngineHealth.Status.FAILED, "loop task: " + failure);
          context.loopFailed(failure);
        }
      });
      loop = owned;
      owned.execute(threadSetup); // the loop's first task, on its thread
    } else {
      loop = given;
    }
    publisher = new StatePublisher("BFD", store, loop, COUNTER_PUBLISH_DELAY)
        .table(Tables.BFD_SESS, row -> sessions.values().forEach(
            s -> row.accept(s.index, s.snapshot())))
        // bfdSessDiscMapTable: a discriminator is fixed for the session's life (section 6.8.1)
        .table(Tables.BFD_SESS_DISC_MAP, row -> sessions.values().forEach(
            s -> row.accept(Index.of((int) s.fsm.localDiscriminator()),
                (long) s.index.get(0))));
    received = new ReceiveQueue(loop, MAX_QUEUED_FOR_SESSIONS, MAX_QUEUED, running::contains,
        this::receive);
    // a drop by offer: the loop is behind
    listeners = new BfdListeners(sockets, received::offer, owned != null ? threadSetup : () -> { });
    Runnable begin = () -> {
      reconcile();
      publisher.publish();
      if (owned != null) { // a test on a fake loop hands the events over itself (onEvents)
        follower = StoreFollower.follow(store, Domain.BFD, "bfd-engine", loop::execute,
            e -> e.is(Tables.BFD_SESS, Part.CONFIG), this::onEvents);
      }
    };
    if (owned != null) {
      if (!owned.runAndWait(begin, START_WAIT)) {
        close();
        throw new EngineStartException("BFD engine did not start within "
            + START_WAIT.toSeconds() + " s", false, null);
      }
    } else {
      loop.execute(begin);
    }
    health = EngineHealth.running(sessions.size() + " session(s)");
  }

  /**
   * A batch of the store's BFD events, on the loop: a change of a bfdSessTable config row (a
   * reload, an SNMP SET) re-reads the rows; the engine's own state rows change nothing.
   */
  void onEvents(List<StoreEvent> events) {
    if (events.stream().anyMatch(e -> e.is(Tables.BFD_SESS, Part.CONFIG))) {
      reconcile();
    }
  }

  /** Makes the running sessions match the bfdSessTable config rows, by bfd_instance name. */
  private void reconcile() {
    if (closed) {
      return;
    }
    Map<String, Map.Entry<Index, BfdInstanceConfig>> wanted = new LinkedHashMap<>();
    store.snapshot().configs(Tables.BFD_SESS).entrySet()
        .forEach(e -> wanted.put(e.getValue().name(), e));
    reconciler.reconcile(wanted);
    health = EngineHealth.running(sessions.size() + " session(s)");
  }

  /** What a row change means for a running session. */
  private final class SessionRows
      implements Reconciler.Handler<String, Map.Entry<Index, BfdInstanceConfig>, BfdSession> {
    @Override
    public BfdSession create(String name, Map.Entry<Index, BfdInstanceConfig> row)
        throws IOException {
      BfdInstanceConfig c = row.getValue();
      if (c.neighbor() == null) {
        throw new IOException("no neighbor_ip");
      }
      BfdSession s = new BfdSession(row.getKey(), c, allocateDiscriminator(), random, loop.now());
      byDiscr.put(s.fsm.localDiscriminator(), s);
      running.add(s.fsm.localDiscriminator());
      try {
        listeners.ensure(s.ipv6(), s.port());
      } catch (IOException e) {
        LOG.error("({}) cannot listen on UDP port {}: {}", name, s.port(), e.getMessage());
      }
      senders.open(s);
      arm(s);
      publisher.markDirty();
      return s;
    }

    @Override
    public BfdSession update(String name, BfdSession s, Map.Entry<Index, BfdInstanceConfig> row)
        throws IOException {
      BfdInstanceConfig next = row.getValue();
      BfdInstanceConfig before = s.row();
      if (!row.getKey().equals(s.index) || !sameEndpoints(before, next)) {
        remove(name, s);
        return create(name, row);
      }
      s.row(next);
      var params = BfdSession.parameters(next, s.fsm.localDiscriminator());
      if (!params.equals(s.fsm.parameters())) {
        apply(s, s.fsm.step(new BfdEvent.ParametersChanged(params), loop.now()));
      }
      return s;
    }

    @Override
    public void remove(String name, BfdSession s) {
      // RFC 5880 section 6.8.16: tell the peer the session is going, rather than let it time out
      apply(s, s.fsm.step(new BfdEvent.Disable(), loop.now()));
      stop(s);
      publisher.forget(Tables.BFD_SESS, s.index);
      Index disc = Index.of((int) s.fsm.localDiscriminator());
      publisher.forget(Tables.BFD_SESS_DISC_MAP, disc);
      // the loader removes the session's config row; its discriminator row is the engine's own
      store.begin(Origin.ENGINE).removeState(Tables.BFD_SESS_DISC_MAP, disc).commit();
    }

    @Override
    public void failed(String name, Exception cause) {
      LOG.error("({}) BFD session not started: {}", name, cause.getMessage());
    }
  }

  /** Whether a row change leaves the addresses, port and TTL of the session as they were. */
  private static boolean sameEndpoints(BfdInstanceConfig a, BfdInstanceConfig b) {
    return Objects.equals(a.neighbor(), b.neighbor()) && Objects.equals(a.source(), b.source())
        && a.multihop() == b.multihop() && a.ttl() == b.ttl() && a.hoplimit() == b.hoplimit()
        && a.maxHops() == b.maxHops() && Objects.equals(a.auth(), b.auth());
  }

  /** RFC 5880 section 6.8.1: a nonzero local discriminator, unique in this system. */
  private long allocateDiscriminator() {
    long d;
    do {
      d = random.nextLong(1, 0x1_0000_0000L);
    } while (byDiscr.containsKey(d));
    return d;
  }

  private void stop(BfdSession s) {
    s.timer.cancel();
    byDiscr.remove(s.fsm.localDiscriminator());
    running.remove(s.fsm.localDiscriminator());
    senders.close(s);
  }

  /** A datagram from a listener, on the loop. */
  void receive(UdpDatagram d, int port) {
    if (closed) {
      return;
    }
    boolean multihop = port == BfdSession.MULTIHOP_PORT;
    Instant now = loop.now();
    queueDrops += received.takeDropped();
    if (queueDrops > 0 && dropLog.admit(QUEUE_FULL, now).isPresent()) {
      LOG.warn("BFD receive queue full: {} datagram(s) dropped by the readers (a flood, or the"
          + " loop behind)", queueDrops);
      queueDrops = 0;
    }
    BfdDecodeResult r = BfdControlCodec.decode(d.payload());
    if (r instanceof BfdDiscard x) {
      drop(byAddress(d.source(), d.destination(), multihop), x, d, now);
      return;
    }
    BfdControlPacket p = (BfdControlPacket) r;
    BfdSession s = p.yourDiscriminator() != 0 ? byDiscr.get(p.yourDiscriminator())
        : byAddress(d.source(), d.destination(), multihop);
    if (s == null) {
      drop(null, new BfdDiscard(BfdDiscard.Reason.NO_SESSION, "your discriminator "
          + p.yourDiscriminator()), d, now);
      return;
    }
    Optional<BfdDiscard> refused = BfdReception.check(s, p, d, multihop);
    if (refused.isPresent()) {
      drop(s, refused.get(), d, now);
      return;
    }
    s.received(p.diag());
    publisher.markCountersDirty();
    apply(s, s.fsm.step(new BfdEvent.Received(p), now));
  }

  private void drop(BfdSession s, BfdDiscard why, UdpDatagram d, Instant now) {
    // one line per reason and source per 10 s: a flood must not fill the disk or the loop
    OptionalLong admitted = dropLog.admit(new DropKey(why.reason(), d.source()), now);
    if (admitted.isPresent()) {
      LOG.info("discarding BFD packet from {}: {} ({}){}", d.source().getHostAddress(),
          why.reason(), why.detail(), admitted.getAsLong() == 0 ? ""
              : " [" + admitted.getAsLong() + " more from it suppressed]");
    }
    if (s != null) {
      s.dropped(now);
      publisher.markCountersDirty();
    }
  }

  private record DropKey(BfdDiscard.Reason reason, InetAddress source) {}

  /** RFC 5880 section 6.8.6: with Your Discriminator zero, the session by addresses. */
  private BfdSession byAddress(InetAddress source, InetAddress destination, boolean multihop) {
    for (BfdSession s : sessions.values()) {
      BfdInstanceConfig c = s.row();
      if (c.multihop() == multihop && c.neighbor().equals(source)
          && (c.source() == null || destination == null || c.source().equals(destination))) {
        return s;
      }
    }
    return null;
  }

  /** Performs what a step of the session asked for, then re-arms its timer. */
  private void apply(BfdSession s, List<BfdAction> actions) {
    for (BfdAction a : actions) {
      if (a instanceof BfdAction.Send send) {
        if (senders.send(s, s.encode(send.packet()))) {
          s.sent();
          publisher.markCountersDirty();
        }
      } else if (a instanceof BfdAction.StateChanged c) {
        logChange(s, c);
        s.changed(c, loop.now());
        publisher.markDirty();
      }
    }
    arm(s);
  }

  /** keepalived's lines: "(name) Entering Up state", Down with both diagnostics. */
  private static void logChange(BfdSession s, BfdAction.StateChanged c) {
    if (c.to() == BfdState.DOWN && c.from() != BfdState.ADMIN_DOWN) {
      LOG.warn("({}) Entering {} state (Local diagnostic - {}, Remote diagnostic - {})",
          s.name, stateName(c.to()), diagName(c.diag().code()), diagName(s.remoteDiag()));
    } else {
      LOG.info("({}) Entering {} state", s.name, stateName(c.to()));
    }
  }

  /** keepalived's words for a diagnostic code (bfd.h BFD_DIAG_STR). */
  static String diagName(int code) {
    return switch (code) {
      case 0 -> "No Diagnostic";
      case 1 -> "Control Detection Time Expired";
      case 2 -> "Echo Function Failed";
      case 3 -> "Neighbor Signaled Session Down";
      case 4 -> "Forwarding Plane Reset";
      case 5 -> "Path Down";
      case 6 -> "Concatenated Path Down";
      case 7 -> "Administratively Down";
      case 8 -> "Reverse Concatenated Path Down";
      default -> "Unknown";
    };
  }

  static String stateName(BfdState s) {
    return switch (s) {
      case ADMIN_DOWN -> "AdminDown";
      case DOWN -> "Down";
      case INIT -> "Init";
      case UP -> "Up";
      case FAILING -> "Failing";
    };
  }

  /** Schedules the session's next tick at the time its machine asks for. */
  private void arm(BfdSession s) {
    s.timer.arm(loop, s.fsm.nextWakeUp(), () -> {
      if (sessions.get(s.name) != s) {
        return;
      }
      if (s.fsm.detectionDue(loop.now()) && received.sessionsPending()) {
        // RFC 5880 section 6.8.4: Down when no valid packet came within the Detection Time. One
        // that came and waits in the queue counts: after a stall of the loop the timers due
        // meanwhile run before the second batch of received packets (1,000 sessions flapped)
        received.drainSessions();
        if (sessions.get(s.name) != s) {
          return;
        }
      }
      apply(s, s.fsm.step(new BfdEvent.Tick(), loop.now()));
    });
  }

  @Override
  public void reloaded(KeepalivedConfig config) {
    // every bfd_instance setting lives in the rows the follower already brings
  }

  @Override
  public EngineHealth health() {
    return health;
  }

  /** As a reader hands a datagram over (tests). */
  boolean offer(UdpDatagram d, int port) {
    return received.offer(d, port);
  }

  /** The sessions' states by name (tests). */
  Map<String, BfdState> states() {
    Map<String, BfdState> m = new LinkedHashMap<>();
    sessions.forEach((n, s) -> m.put(n, s.fsm.sessionState()));
    return m;
  }

  /**
   * Stops: every session tells its peer AdminDown (RFC 5880 section 6.8.16), the last state is
   * published, then the follower, the sockets and the loop close. Idempotent.
   */
  @Override
  public void close() {
    if (closed || loop == null) {
      closed = true;
      return;
    }
    Runnable last = () -> {
      if (follower != null) {
        follower.close();
      }
      for (BfdSession s : sessions.values()) {
        apply(s, s.fsm.step(new BfdEvent.Disable(), loop.now()));
        stop(s);
      }
      publisher.stop();
      publisher.publish();
      closed = true;
    };
    if (owned != null) {
      owned.runAndWait(last, START_WAIT);
    } else {
      last.run();
    }
    closed = true;
    if (listeners != null) {
      listeners.close();
    }
    if (owned != null) {
      owned.close();
    }
    health = EngineHealth.stopped();
  }
}
