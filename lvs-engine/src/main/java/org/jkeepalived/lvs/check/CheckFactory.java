package org.jkeepalived.lvs.check;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jkeepalived.lvs.check.fsm.PolledStateMachine;
import org.jkeepalived.lvs.check.fsm.RetryStateMachine;
import org.jkeepalived.lvs.check.fsm.StartDelay;
import org.jkeepalived.lvs.check.fsm.Wording;
import org.jkeepalived.lvs.check.net.Endpoint;
import org.jkeepalived.lvs.check.net.TcpProbe;
import org.jkeepalived.lvs.check.net.Transport;
import org.jkeepalived.lvs.check.run.CheckRunner;
import org.jkeepalived.lvs.check.run.EventLoopScheduler;
import org.jkeepalived.lvs.check.run.PolledCheck;
import org.jkeepalived.lvs.check.run.Probe;
import org.jkeepalived.lvs.check.run.RunningCheck;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.jkeepalived.mibs.config.lvs.CheckerTiming;

/** Builds the running form of each checker type from its spec. */
final class CheckFactory implements AutoCloseable {
  private final EventLoopGroup group;
  private final Transport transport;
  private final CheckerPorts ports;
  private final CheckListener listener;

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
          new RetryStateMachine(c.timing(), service, Wording.of("TCP", "TCP_CHECK")),
          new TcpProbe(loop, transport, Endpoint.of(spec, c.connection()), service));
    }
    throw new IllegalArgumentException(config.kind() + " is not supported yet");
  }

  private RunningCheck polled(CheckSpec spec, EventLoop loop, CheckerTiming timing,
      PolledStateMachine machine, Probe probe) {
    EventLoopScheduler scheduler = new EventLoopScheduler(loop);
    CheckRunner runner =
        new CheckRunner(spec.id(), scheduler, machine, probe, listener, timing.delayLoop());
    Duration start = StartDelay.of(timing.warmup() == null ? Duration.ZERO : timing.warmup(),
        ThreadLocalRandom.current().nextDouble());
    return new PolledCheck(scheduler, runner, start);
  }

  @Override
  public void close() {}
}
