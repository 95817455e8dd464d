package org.jkeepalived.lvs.check.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jkeepalived.lvs.check.CheckId;
import org.jkeepalived.lvs.check.Specs;
import org.jkeepalived.lvs.check.fsm.RetryStateMachine;
import org.jkeepalived.lvs.check.fsm.Wording;
import org.jkeepalived.lvs.check.net.Endpoint;
import org.jkeepalived.lvs.check.net.TcpProbe;
import org.jkeepalived.lvs.check.net.Transport;
import org.jkeepalived.mibs.config.lvs.CheckerTiming;
import org.junit.jupiter.api.Test;

/**
 * Many TCP_CHECKs (delay_loop 1 s) on one event loop group against local listeners: how late
 * each probe starts against its schedule (previous end + delay_loop) and the CPU they cost. Runs
 * only when asked: {@code -Djkeepalived.checkers.scale=10000} (and {@code .seconds}, {@code
 * .threads}); prints its figures.
 */
class CheckerScaleTest {
  /** Accepts and closes: the listeners' only job. */
  @io.netty.channel.ChannelHandler.Sharable
  static final class CloseAtOnce extends ChannelInboundHandlerAdapter {
    @Override
    public void channelActive(ChannelHandlerContext ctx) {
      ctx.close();
    }
  }

  @Test
  void thousandsOfChecksOnOneLoopGroup() throws Exception {
    int n = Integer.getInteger("jkeepalived.checkers.scale", 0);
    assumeTrue(n > 0, "set -Djkeepalived.checkers.scale=N to run the scale test");
    int seconds = Integer.getInteger("jkeepalived.checkers.scale.seconds", 15);
    int threads = Integer.getInteger("jkeepalived.checkers.scale.threads", 2);
    Transport t = Transport.best();
    EventLoopGroup servers = t.newGroup(1);
    EventLoopGroup checks = t.newGroup(threads);
    List<Channel> listeners = new ArrayList<>();
    int ports = 20; // spread the 4-tuples so that ephemeral ports last
    for (int i = 0; i < ports; i++) {
      listeners.add(new ServerBootstrap().group(servers)
          .channel(t.epoll() ? EpollServerSocketChannel.class : NioServerSocketChannel.class)
          .option(ChannelOption.SO_BACKLOG, 4096)
          .childHandler(new CloseAtOnce()).bind(new InetSocketAddress(Specs.LOCAL, 0)).sync().channel());
    }
    Duration loop = Duration.ofSeconds(1);
    CheckerTiming timing = new CheckerTiming(loop, Duration.ZERO, 1, loop, false, false);
    long[][] starts = new long[n][seconds + 4];
    long[][] ends = new long[n][seconds + 4];
    int[] count = new int[n];
    int[] failures = new int[1];
    List<CheckRunner> runners = new ArrayList<>();
    var os = (com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    for (int i = 0; i < n; i++) {
      int k = i;
      var ev = checks.next();
      EventLoopScheduler s = new EventLoopScheduler(ev);
      int port = ((InetSocketAddress) listeners.get(i % ports).localAddress()).getPort();
      TcpProbe tcp = new TcpProbe(ev, t, new Endpoint(new InetSocketAddress(Specs.LOCAL, port),
          null, null, 0, Duration.ofSeconds(2)), "svc");
      Probe timed = (target, done) -> {
        int c = count[k];
        if (c < starts[k].length) {
          starts[k][c] = System.nanoTime();
        }
        tcp.run(target, r -> {
          if (c < ends[k].length) {
            ends[k][c] = System.nanoTime();
          }
          count[k] = c + 1;
          if (!r.ok()) {
            failures[0]++;
          }
          done.accept(r);
        });
      };
      CheckRunner r = new CheckRunner(new CheckId("rs" + i, 0), s,
          new RetryStateMachine(timing, "svc", Wording.of("TCP", "TCP_CHECK")), timed,
          (id, v) -> { }, loop);
      runners.add(r);
      // spread the first probes over one delay_loop, as warmup would
      s.execute(() -> r.start(Duration.ofNanos(loop.toNanos() * k / n)));
    }
    Thread.sleep(seconds * 1000L);
    for (CheckRunner r : runners) {
      r.stop();
    }
    long cpu = os.getProcessCpuTime() - cpu0;
    checks.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).sync();
    servers.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).sync();
    List<Long> late = new ArrayList<>();
    long probes = 0;
    for (int i = 0; i < n; i++) {
      int c = Math.min(count[i], starts[i].length);
      probes += count[i];
      for (int j = 1; j < c; j++) {
        late.add((starts[i][j] - ends[i][j - 1] - loop.toNanos()) / 1000);
      }
    }
    long[] l = late.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(l);
    System.out.printf("scale: %d TCP checks, %d loop threads (%s), %d s: %d probes, %d failed,"
        + " CPU %.2f s (%.1f us per probe), lateness us p50 %d p99 %d max %d%n", n, threads,
        t.epoll() ? "epoll" : "nio", seconds, probes, failures[0], cpu / 1e9,
        probes == 0 ? 0.0 : cpu / 1e3 / probes, l[l.length / 2], l[(int) (l.length * 0.99)],
        l[l.length - 1]);
    // no threshold on lateness: on a shared machine the printed figures say more than one would
    assertThat(Arrays.stream(count).min().orElse(0)).as("every check ran").isPositive();
    assertThat(failures[0]).isZero();
  }
}
