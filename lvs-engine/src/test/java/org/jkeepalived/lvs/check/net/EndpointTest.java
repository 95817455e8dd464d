package org.jkeepalived.lvs.check.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.lvs.check.CheckSpec;
import org.jkeepalived.lvs.check.CheckerPorts;
import org.jkeepalived.lvs.check.NettyHealthChecks;
import org.jkeepalived.lvs.check.Specs;
import org.jkeepalived.lvs.check.Verdicts;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.jkeepalived.mibs.config.lvs.Connection;
import org.junit.jupiter.api.Test;

/** connect_ip, connect_port, bind_to and bind_port reach the socket. */
class EndpointTest {
  @Test
  void defaultsAreTheRealServerAndFiveSeconds() {
    CheckSpec spec = Specs.spec("rs", 8080, new CheckerConfig.TcpCheck(null, Specs.fast(0, false)));
    Endpoint e = Endpoint.of(spec, null);
    assertThat(e.target()).isEqualTo(new InetSocketAddress(Specs.LOCAL, 8080));
    assertThat(e.timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(e.local()).isNull();
  }

  @Test
  void connectsWhereToldFromWhereTold() throws Exception {
    int bindPort;
    try (ServerSocket free = new ServerSocket(0)) {
      bindPort = free.getLocalPort();
    }
    try (ServerSocket server = new ServerSocket(0, 50, Specs.LOCAL)) {
      server.setSoTimeout(5000);
      Connection c = new Connection(Specs.LOCAL, server.getLocalPort(), Specs.LOCAL, null,
          bindPort, 0, Duration.ofSeconds(2));
      // the real server's own port (1) is closed: only connect_port reaches the listener
      CheckSpec spec = Specs.spec("rs", 1, new CheckerConfig.TcpCheck(c, Specs.fast(0, true)));
      Verdicts heard = new Verdicts();
      try (NettyHealthChecks checks = new NettyHealthChecks(heard, CheckerPorts.none())) {
        checks.run(List.of(spec));
        try (Socket s = server.accept()) {
          assertThat(s.getPort()).isEqualTo(bindPort);
        }
        assertThat(heard.next(Duration.ofSeconds(5)).verdict().up()).isTrue();
      }
    }
  }
}
