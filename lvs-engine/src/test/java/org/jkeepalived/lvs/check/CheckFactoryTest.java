package org.jkeepalived.lvs.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.lvs.check.net.Endpoint;
import org.jkeepalived.lvs.check.net.EpollTcpProbe;
import org.jkeepalived.lvs.check.net.TcpProbe;
import org.jkeepalived.lvs.check.net.Transport;
import org.junit.jupiter.api.Test;

/** Which TCP_CHECK probe each transport gets. */
class CheckFactoryTest {
  private static final Endpoint TO = new Endpoint(new InetSocketAddress(Specs.LOCAL, 9),
      null, null, 0, Duration.ofSeconds(1));

  private static Object tcpProbeOn(Transport t) throws Exception {
    EventLoopGroup group = t.newGroup(1);
    try (CheckFactory f = new CheckFactory(group, t, CheckerPorts.none(), new Verdicts())) {
      return f.tcpProbe(group.next(), TO, "svc");
    } finally {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }
  }

  @Test
  void epollLoopsProbeTcpBelowTheChannelLayer() throws Exception {
    assumeTrue(Transport.best().epoll(), "needs Netty's epoll transport");
    assertThat(tcpProbeOn(Transport.best())).isInstanceOf(EpollTcpProbe.class);
  }

  @Test
  void nioLoopsKeepTheChannelProbe() throws Exception {
    assertThat(tcpProbeOn(Transport.nio())).isInstanceOf(TcpProbe.class);
  }
}
