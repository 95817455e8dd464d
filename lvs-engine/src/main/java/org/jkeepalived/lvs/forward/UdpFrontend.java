package org.jkeepalived.lvs.forward;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.socket.DatagramPacket;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetSocketAddress;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.jkeepalived.lvs.forward.sched.Flow;

/**
 * A UDP virtual server: one listening socket on VIP:port and a flow table keyed by the client's
 * address and port, bounded by {@link ForwarderSettings#maxUdpFlows}; a flow idle for the UDP
 * timeout ({@code lvs_timeouts udp}) goes, as the kernel's UDP connection entries do. When the
 * table is full a new client evicts the flow that has waited longest for a datagram from its
 * client (the table is in access order): a flood from many source ports churns the flows of
 * one-datagram senders, and a client that keeps talking keeps its flow or gets a new one, where
 * refusing new flows would shut every new client out for the whole UDP timeout. Every flow runs
 * on the listener's event loop, so the table needs no lock.
 */
final class UdpFrontend extends SimpleChannelInboundHandler<DatagramPacket> implements Frontend {
  private static final long SWEEP_SECONDS = 1;

  private final VirtualService service;
  private final Context context;
  private final Map<InetSocketAddress, UdpFlow> flows = new LinkedHashMap<>(16, 0.75f, true);
  private final LongAdder dropped = new LongAdder();
  private final LongAdder evicted = new LongAdder();
  private Channel listener;
  private ScheduledFuture<?> sweeper;

  UdpFrontend(VirtualService service, Context context) {
    this.service = service;
    this.context = context;
  }

  void bind(InetSocketAddress address) throws Exception {
    Bootstrap b = new Bootstrap()
        .group(context.group())
        .channel(context.transport().datagramChannel())
        .option(ChannelOption.SO_REUSEADDR, true)
        .handler(this);
    if (context.transport().epoll()) {
      b.option(EpollChannelOption.IP_FREEBIND, true);
    }
    listener = b.bind(address).sync().channel();
    sweeper = listener.eventLoop().scheduleAtFixedRate(
        this::sweep, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
    InetSocketAddress sender = packet.sender();
    UdpFlow flow = flows.get(sender);
    if (flow == null) {
      flow = open(sender, packet.recipient());
      if (flow == null) {
        dropped.increment();
        return;
      }
    }
    flow.send(packet.content().retain());
  }

  private UdpFlow open(InetSocketAddress sender, InetSocketAddress recipient) {
    if (flows.size() >= context.settings().maxUdpFlows()) {
      Map.Entry<InetSocketAddress, UdpFlow> eldest = flows.entrySet().iterator().next();
      flows.remove(eldest.getKey());
      end(eldest.getKey(), eldest.getValue());
      evicted.increment();
    }
    if (!context.limit().tryAcquire()) {
      return null;
    }
    InetSocketAddress local = recipient != null ? recipient
        : (InetSocketAddress) listener.localAddress();
    Optional<RealServer> chosen = service.schedule(
        new Flow(sender.getAddress(), sender.getPort(), local.getAddress(), local.getPort()));
    if (chosen.isEmpty()) {
      context.limit().release();
      return null;
    }
    RealServer rs = chosen.get();
    UdpFlow flow = new UdpFlow(service, rs, sender, listener, context.nanos());
    Channel ch = context.transport().newDatagram(rs.address());
    ch.pipeline().addLast(flow);
    flow.attach(ch);
    listener.eventLoop().register(ch).addListener(registered -> {
      if (registered.isSuccess()) {
        ch.connect(rs.socketAddress()).addListener(f -> {
          if (f.isSuccess()) {
            flow.ready();
          }
        });
      }
    });
    flows.put(sender, flow);
    rs.channels().add(ch);
    service.channels().add(ch);
    ch.closeFuture().addListener(f -> {
      context.limit().release();
      rs.channels().remove(ch);
      service.channels().remove(ch);
      if (flows.remove(sender, flow)) {
        flow.discard();
        service.release(rs, sender.getAddress(), false);
      }
    });
    return flow;
  }

  /** UDP flows are swept on the listener's loop ({@link #sweep()}), where the table lives. */
  @Override
  public void sweep(long now) {}

  /** Closes flows idle for longer than the UDP timeout. */
  private void sweep() {
    long timeout = TimeUnit.SECONDS.toNanos(context.timeouts().get().udp());
    long now = context.nanos().getAsLong();
    for (Iterator<Map.Entry<InetSocketAddress, UdpFlow>> it = flows.entrySet().iterator();
        it.hasNext(); ) {
      Map.Entry<InetSocketAddress, UdpFlow> e = it.next();
      UdpFlow flow = e.getValue();
      if (now - flow.lastSeen() >= timeout) {
        it.remove();
        end(e.getKey(), flow);
      }
    }
  }

  /** A flow taken out of the table: its gauges and template released, its socket closed. */
  private void end(InetSocketAddress client, UdpFlow flow) {
    flow.discard();
    service.release(flow.server(), client.getAddress(), false);
    flow.close();
  }

  /** A bad datagram or an ICMP error on the listener: counted as a drop, never logged per packet. */
  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    dropped.increment();
  }

  /** The flow channels' and the listener's queued bytes, the table's size and what it shed. */
  @Override
  public ForwarderLoad load() {
    long queued = listener == null ? 0 : Frontend.queuedBytes(listener);
    for (Channel ch : service.channels()) {
      queued += Frontend.queuedBytes(ch);
    }
    return new ForwarderLoad(0, 0, queued, flows.size(), evicted.sum(), dropped.sum(), 0);
  }

  @Override
  public boolean isSharable() {
    return true;
  }

  @Override
  public void close() {
    if (sweeper != null) {
      sweeper.cancel(false);
    }
    if (listener != null) {
      listener.close().syncUninterruptibly();
    }
    service.channels().forEach(Channel::close);
  }
}
