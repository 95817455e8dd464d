package org.jkeepalived.vrrp.io;

import java.io.IOException;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import org.jkeepalived.linux.raw.RawIpSocket;
import org.jkeepalived.linux.raw.RawSocketConfig;
import org.jkeepalived.engine.loop.Scheduler;
import org.jkeepalived.vrrp.packet.PacketContext;

/**
 * The open {@link VrrpChannel}s, one per {@link ChannelKey}, opened on first use and closed when
 * their last instance leaves. Used on the engine loop only.
 */
public final class VrrpChannels implements AutoCloseable {
  private final RawSocketProvider provider;
  private final Scheduler loop;
  private final Map<ChannelKey, VrrpChannel> open = new HashMap<>();
  private final LinkReadiness readiness;

  public VrrpChannels(RawSocketProvider provider, Scheduler loop) {
    this(provider, loop, LinkReadiness.ALWAYS);
  }

  /** Channels that hold adverts back until {@code readiness} says their link can carry them. */
  public VrrpChannels(RawSocketProvider provider, Scheduler loop, LinkReadiness readiness) {
    this.provider = provider;
    this.loop = loop;
    this.readiness = readiness;
  }

  /** A link changed state: its channels wait for it to be ready again and then re-join. */
  public void linkChanged(String ifname) {
    open.values().stream().filter(c -> c.key().ifname().equals(ifname))
        .forEach(VrrpChannel::linkChanged);
  }

  /** The channel for the key, opened (and joined to {@code group} when multicast) if needed. */
  public VrrpChannel acquire(ChannelKey key, InetAddress group) throws IOException {
    VrrpChannel c = open.get(key);
    if (c == null) {
      RawSocketConfig cfg = RawSocketConfig.vrrp(key.ipv6(), key.ifname());
      if (key.ah()) {
        cfg = cfg.withProtocol(PacketContext.PROTO_AH);
      }
      RawIpSocket s = provider.open(cfg.withSource(key.source()));
      RawIpSocket r;
      try {
        r = provider.openReceiver(cfg, s);
      } catch (IOException e) {
        s.close();
        throw e;
      }
      c = new VrrpChannel(key, s, r, loop);
      c.setReadiness(readiness);
      try {
        if (group != null) {
          c.join(group);
        }
      } catch (IOException e) {
        c.close();
        throw e;
      }
      c.start(provider);
      open.put(key, c);
    } else if (group != null) {
      try {
        c.join(group);
      } catch (IOException e) {
        // EADDRINUSE: already joined by an instance sharing the channel.
      }
    }
    return c;
  }

  /** Releases an instance's VRID; closes the channel when nobody uses it any more. */
  public void release(ChannelKey key, int vrid) {
    VrrpChannel c = open.get(key);
    if (c != null) {
      c.release(vrid);
      if (c.unused()) {
        open.remove(key).close();
      }
    }
  }

  /** Packets dropped for unknown VRIDs over every open channel. */
  public long unknownVridDrops() {
    return open.values().stream().mapToLong(VrrpChannel::unknownVridDrops).sum();
  }

  @Override
  public void close() {
    open.values().forEach(VrrpChannel::close);
    open.clear();
  }
}
