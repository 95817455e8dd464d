package org.jkeepalived.lvs.check;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoEventLoop;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import io.netty.handler.ssl.SslContext;
import javax.net.ssl.SSLException;
import org.jkeepalived.lvs.check.fsm.HttpStateMachine;
import org.jkeepalived.lvs.check.fsm.PolledStateMachine;
import org.jkeepalived.lvs.check.fsm.ProbeResult;
import org.jkeepalived.lvs.check.http.HttpProbe;
import org.jkeepalived.lvs.check.http.TlsContexts;
import org.jkeepalived.mibs.config.lvs.Connection;
import org.jkeepalived.mibs.config.lvs.HttpSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jkeepalived.lvs.check.fsm.RetryStateMachine;
import org.jkeepalived.lvs.check.fsm.StartDelay;
import org.jkeepalived.lvs.check.fsm.Wording;
import org.jkeepalived.lvs.check.net.Endpoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jkeepalived.lvs.check.net.DnsProbe;
import org.jkeepalived.lvs.check.net.SmtpProbe;
import org.jkeepalived.lvs.check.ping.PingProbe;
import org.jkeepalived.lvs.check.net.UdpProbe;
import org.jkeepalived.lvs.check.script.MiscProbe;
import org.jkeepalived.lvs.check.watch.BfdCheckWatch;
import org.jkeepalived.lvs.check.watch.FileCheckWatch;
import org.jkeepalived.lvs.check.net.EpollTcpProbe;
import org.jkeepalived.lvs.check.net.TcpProbe;
import org.jkeepalived.lvs.check.net.Transport;
import org.jkeepalived.lvs.check.run.CheckRunner;
import org.jkeepalived.lvs.check.run.EventLoopScheduler;
import org.jkeepalived.lvs.check.run.LoopTimers;
import org.jkeepalived.lvs.check.run.PolledCheck;
import org.jkeepalived.lvs.check.run.Probe;
import org.jkeepalived.lvs.check.run.RunningCheck;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.jkeepalived.mibs.config.lvs.CheckerTiming;

/** Builds the running form of each checker type from its spec. */
final class CheckFactory implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CheckFactory.class);
  /** The reason a removed checker reports with its last verdict. */
  static final String REMOVED = "checker removed: script disabled";
  private final EventLoopGroup group;
  private final Transport transport;
  private final CheckerPorts ports;
  private final CheckListener listener;
  private SslContext tls;
  /** Each loop's timers, shared by the checks pinned to it. */
  private final Map<EventLoop, LoopTimers> timers = new IdentityHashMap<>();

  CheckFactory(EventLoopGroup group, Transport transport, CheckerPorts ports,
      CheckListener listener) {
    this.group = group;
    this.transport = transport;
    this.ports = ports;
    this.listener = listener;
  }

  RunningCheck create(CheckSpec spec) {
    EventLoop loop = group.next();
    String service = ServiceNames.service(spec);
    CheckerConfig config = spec.config();
    if (config instanceof CheckerConfig.TcpCheck c) {
      return polled(spec, loop, c.timing(),
          new RetryStateMachine(c.timing(), service, Wording.of("TCP", "TCP_CHECK"), true),
          tcpProbe(loop, Endpoint.of(spec, c.connection()), service));
    }
    if (config instanceof CheckerConfig.HttpGetCheck c) {
      return http(spec, loop, c.connection(), c.timing(), c.http(), false, false, service);
    }
    if (config instanceof CheckerConfig.SslGetCheck c) {
      return http(spec, loop, c.connection(), c.timing(), c.http(), true, c.enableSni(), service);
    }
    if (config instanceof CheckerConfig.MiscCheck m) {
      return misc(spec, loop, service, vet(m));
    }
    if (config instanceof CheckerConfig.FileCheck c) {
      Path path = ports.trackFiles().apply(c.trackFile());
      if (path == null || ports.files() == null) {
        return unavailable(spec, "FILE_CHECK: track_file " + c.trackFile()
            + (path == null ? " is not defined" : " cannot be watched (no file watcher)"));
      }
      return new FileCheckWatch(spec.id(), c, path, ports.files(), listener);
    }
    if (config instanceof CheckerConfig.BfdCheck c) {
      if (ports.store() == null) {
        return unavailable(spec, "BFD_CHECK: no object store to read bfd_instance " + c.name());
      }
      return new BfdCheckWatch(spec.id(), c.name(), service, ports.store(), listener);
    }
    if (config instanceof CheckerConfig.SmtpCheck c) {
      List<Endpoint> hosts = new ArrayList<>();
      hosts.add(Endpoint.of(spec, c.connection()));
      for (Connection h : c.hosts()) {
        hosts.add(Endpoint.of(spec, h));
      }
      return polled(spec, loop, c.timing(),
          new RetryStateMachine(c.timing(), service, SmtpProbe.wording()),
          new SmtpProbe(loop, transport, hosts, c.heloName()));
    }
    if (config instanceof CheckerConfig.DnsCheck c) {
      return polled(spec, loop, c.timing(),
          new RetryStateMachine(c.timing(), service, DnsProbe.wording()),
          new DnsProbe(loop, transport, Endpoint.of(spec, c.connection()), c.type(), c.name()));
    }
    if (config instanceof CheckerConfig.UdpCheck c) {
      return polled(spec, loop, c.timing(),
          new RetryStateMachine(c.timing(), service, Wording.of("UDP", "UDP_CHECK")),
          new UdpProbe(loop, transport, Endpoint.of(spec, c.connection()), c.udp(), service));
    }
    if (config instanceof CheckerConfig.PingCheck c) {
      if (!transport.epoll()) {
        return unavailable(spec, "PING_CHECK needs the epoll transport, which is not available");
      }
      return polled(spec, loop, c.timing(),
          new RetryStateMachine(c.timing(), service, PingProbe.wording()),
          new PingProbe(loop, ports.icmp(), Endpoint.of(spec, c.connection()), service));
    }
    throw new IllegalArgumentException(config.kind() + " is not supported yet");
  }

  /**
   * TCP_CHECK's probe: below Netty's Channel on an epoll loop (a fraction of the system calls
   * and allocation per probe), a Netty channel on NIO.
   */
  Probe tcpProbe(EventLoop loop, Endpoint endpoint, String service) {
    if (transport.epoll() && EpollTcpProbe.fits(loop)) {
      return new EpollTcpProbe((IoEventLoop) loop, endpoint, service);
    }
    return new TcpProbe(loop, transport, endpoint, service);
  }

  /**
   * keepalived checks every MISC_CHECK script when a configuration is loaded, at start and at
   * each reload (check_daemon.c start_check -> validate_check_config ->
   * check_misc_script_security), and frees a checker whose script is now insecure, missing or not
   * executable. A check kept across a reload is checked again here: returns the check to run from
   * now on, {@code current} when the verdict did not change.
   */
  RunningCheck reload(CheckSpec spec, RunningCheck current) {
    if (!(spec.config() instanceof CheckerConfig.MiscCheck m) || ports.scriptCheck() == null) {
      return current;
    }
    Optional<CheckerConfig.MiscCheck> vetted = vet(m);
    if (vetted.isPresent() == current.launched()) {
      return current;
    }
    current.stop();
    return misc(spec, group.next(), ServiceNames.service(spec), vetted);
  }

  /** The MISC_CHECK to run (its program resolved), empty when keepalived removes it. */
  private Optional<CheckerConfig.MiscCheck> vet(CheckerConfig.MiscCheck m) {
    if (ports.scriptCheck() == null) {
      return Optional.of(m);
    }
    return ports.scriptCheck().vet(m.script())
        .map(s -> new CheckerConfig.MiscCheck(m.timing(), s, m.timeout(), m.dynamic()));
  }

  private RunningCheck misc(CheckSpec spec, EventLoop loop, String service,
      Optional<CheckerConfig.MiscCheck> vetted) {
    if (vetted.isEmpty()) {
      return removed(spec);
    }
    CheckerConfig.MiscCheck c = vetted.get();
    Probe probe = ports.scripts() != null ? new MiscProbe(ports.scripts(), c)
        : (target, done) -> done.accept(ProbeResult.failed("no script executor"));
    return polled(spec, loop, c.timing(), new RetryStateMachine(c.timing(), service,
        MiscProbe.wording(spec.virtualServerName(), c.script().command().get(0),
            c.timing().retry())), probe);
  }

  private RunningCheck http(CheckSpec spec, EventLoop loop, Connection connection,
      CheckerTiming timing, HttpSpec http, boolean ssl, boolean sni, String service) {
    HttpSpec effective = http.virtualhost() == null && spec.virtualhost() != null
        ? new HttpSpec(http.protocol(), http.fastRecovery(), spec.virtualhost(), http.urls())
        : http;
    SslContext context = null;
    if (ssl) {
      try {
        context = tlsContext();
      } catch (SSLException e) {
        LOG.warn("SSL_GET of {}: cannot build the TLS context: {}", service, e.getMessage());
        return polled(spec, loop, timing, new HttpStateMachine(timing, 1, false, service),
            (target, done) -> done.accept(ProbeResult.failed("SSL error : " + e.getMessage())));
      }
    }
    return polled(spec, loop, timing,
        new HttpStateMachine(timing, effective.urls().size(), effective.fastRecovery(),
            service),
        new HttpProbe(loop, transport, Endpoint.of(spec, connection), effective, context, sni,
            http.virtualhost() != null ? http.virtualhost() : spec.sniVirtualhost(), service,
            0));
  }

  private synchronized SslContext tlsContext() throws SSLException {
    if (tls == null) {
      tls = TlsContexts.client(ports.ssl());
    }
    return tls;
  }

  /**
   * A checker keepalived removed at load or at a reload (an insecure MISC_CHECK script, see {@link
   * org.jkeepalived.lvs.check.script.MiscScriptCheck}): it never runs, and it no longer counts
   * for its real server. keepalived frees it and counts the failed checkers again without it
   * (ipwrapper.c migrate_checkers at a reload; at load an alpha checker that is not there holds
   * nothing down), so it reports up once: a real server held down by it alone comes back.
   */
  private RunningCheck removed(CheckSpec spec) {
    return new RunningCheck() {
      @Override
      public void start() {
        listener.verdict(spec.id(), CheckVerdict.up(REMOVED));
      }

      @Override
      public void suspend(boolean suspended) {}

      @Override
      public void stop() {}

      @Override
      public boolean launched() {
        return false;
      }
    };
  }

  /** A check that cannot run here: reported down once, with the reason. */
  private RunningCheck unavailable(CheckSpec spec, String reason) {
    LOG.warn(reason);
    return new RunningCheck() {
      @Override
      public void start() {
        listener.verdict(spec.id(), CheckVerdict.down(reason));
      }

      @Override
      public void suspend(boolean suspended) {}

      @Override
      public void stop() {}
    };
  }

  private RunningCheck polled(CheckSpec spec, EventLoop loop, CheckerTiming timing,
      PolledStateMachine machine, Probe probe) {
    EventLoopScheduler scheduler = new EventLoopScheduler(timers(loop));
    CheckRunner runner =
        new CheckRunner(spec.id(), scheduler, machine, probe, listener, timing.delayLoop());
    Duration start = StartDelay.of(timing.warmup() == null ? Duration.ZERO : timing.warmup(),
        ThreadLocalRandom.current().nextDouble());
    if (spec.config() instanceof CheckerConfig.MiscCheck) {
      runner.fromProbeStart();
    }
    return new PolledCheck(scheduler, runner, start);
  }

  private synchronized LoopTimers timers(EventLoop loop) {
    return timers.computeIfAbsent(loop, LoopTimers::new);
  }

  @Override
  public void close() {}
}
