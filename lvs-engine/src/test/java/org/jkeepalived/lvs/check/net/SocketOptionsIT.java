package org.jkeepalived.lvs.check.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.linux.netns.NetNamespace;
import org.jkeepalived.lvs.check.CheckId;
import org.jkeepalived.lvs.check.CheckSpec;
import org.jkeepalived.lvs.check.CheckerPorts;
import org.jkeepalived.lvs.check.NettyHealthChecks;
import org.jkeepalived.lvs.check.Specs;
import org.jkeepalived.lvs.check.Verdicts;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.jkeepalived.mibs.config.lvs.Connection;
import org.jkeepalived.testkit.Netns;
import org.junit.jupiter.api.Test;

/**
 * bind_if (SO_BINDTODEVICE) and fwmark (SO_MARK) reach a TCP_CHECK's socket: the checker's loop
 * threads join namespace A (a0 198.18.78.1/24 towards B's listener at 198.18.78.2, a1 a second
 * link without it); a mark-7 rule in A routes into a table that blackholes the server.
 */
class SocketOptionsIT {
  private static boolean up(Netns a, String bindIf, long mark) throws Exception {
    NetNamespace inside = NetNamespace.named(a.name());
    Transport t = Transport.best().onThreadStart(() -> {
      try {
        inside.enterCurrentThread();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    Verdicts heard = new Verdicts();
    Connection c = new Connection(null, 0, null, bindIf, 0, mark, Duration.ofMillis(800));
    CheckSpec spec = new CheckSpec(new CheckId("rs", 0), "vs", "[198.18.78.2]:tcp:8080",
        org.jkeepalived.mibs.config.lvs.LvsProtocol.TCP,
        InetAddress.getByName("198.18.78.2"), 8080, null, null,
        new CheckerConfig.TcpCheck(c, Specs.fast(0, true)));
    try (NettyHealthChecks checks = new NettyHealthChecks(heard, CheckerPorts.none(), t, 1)) {
      checks.run(List.of(spec));
      Verdicts.Heard v = heard.next(Duration.ofSeconds(4));
      return v != null && v.verdict().up();
    }
  }

  @Test
  void bindIfAndFwmarkSteerTheCheck() throws Exception {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    assumeTrue(Transport.best().epoll(), "bind_if and fwmark need Netty's epoll transport");
    try (Netns a = Netns.create("ska"); Netns b = Netns.create("skb");
        Netns c = Netns.create("skc")) {
      a.veth("a0", b, "b0");
      a.veth("a1", c, "c1");
      a.ip("addr", "add", "198.18.78.1/24", "dev", "a0");
      a.ip("link", "set", "a0", "up");
      a.ip("addr", "add", "198.18.79.1/24", "dev", "a1");
      a.ip("link", "set", "a1", "up");
      b.ip("addr", "add", "198.18.78.2/24", "dev", "b0");
      b.ip("link", "set", "b0", "up");
      c.ip("link", "set", "c1", "up");
      a.ip("rule", "add", "fwmark", "7", "table", "100");
      a.ip("route", "add", "blackhole", "198.18.78.2/32", "table", "100");
      try (ServerSocket server = NetNamespace.named(b.name()).call(() -> {
        ServerSocket s = new ServerSocket();
        s.bind(new InetSocketAddress(InetAddress.getByName("198.18.78.2"), 8080));
        return s;
      })) {
        assertThat(up(a, null, 0)).as("plain").isTrue();
        assertThat(up(a, "a0", 0)).as("bind_if a0").isTrue();
        assertThat(up(a, "a1", 0)).as("bind_if a1: no route to the server there").isFalse();
        assertThat(up(a, null, 7)).as("fwmark 7: blackholed").isFalse();
        assertThat(up(a, null, 8)).as("fwmark 8: main table").isTrue();
      }
    }
  }
}
