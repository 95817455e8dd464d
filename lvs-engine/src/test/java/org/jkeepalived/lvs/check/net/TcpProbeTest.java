package org.jkeepalived.lvs.check.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.lvs.check.Specs;
import org.jkeepalived.lvs.check.fsm.ProbeResult;
import org.junit.jupiter.api.Test;

/** One TCP_CHECK probe on its own loop against a listener on 127.0.0.1. */
class TcpProbeTest {
  @Test
  void aConnectIsASuccessAndTheCheckerClosesItsConnectionAfterwards() throws Exception {
    Transport t = Transport.best();
    EventLoopGroup group = t.newGroup(1);
    try (ServerSocket server = new ServerSocket(0, 50, Specs.LOCAL)) {
      server.setSoTimeout(5000);
      TcpProbe probe = new TcpProbe(group.next(), t, new Endpoint(
          new InetSocketAddress(Specs.LOCAL, server.getLocalPort()), null, null, 0,
          Duration.ofSeconds(2)), "[127.0.0.1]:tcp:" + server.getLocalPort());
      for (int i = 0; i < 3; i++) { // the same probe again and again, as its check runs it
        CompletableFuture<ProbeResult> result = new CompletableFuture<>();
        probe.run(0, result::complete);
        assertThat(result.get(5, TimeUnit.SECONDS).ok()).isTrue();
        try (Socket accepted = server.accept()) {
          accepted.setSoTimeout(5000);
          assertThat(accepted.getInputStream().read()).as("the checker closed: end of stream")
              .isEqualTo(-1);
        }
      }
    } finally {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }
  }
}
