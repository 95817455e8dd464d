package org.jkeepalived.vrrp.io;

import java.io.IOException;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.List;
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
  /** In opening order: the first channel of a link counts its unknown VRIDs. */
  private final Map<ChannelKey, VrrpChannel> open = new LinkedHashMap<>();
  private final LinkReadiness readiness;
  private UnknownVridListener unknownVrid = rfc2787 -> { };

  /** Hears of each advert whose VRID no instance on its link has. */
  @FunctionalInterface
  public interface UnknownVridListener {
    /** @param rfc2787 a VRRPv2 packet over IPv4, which RFC 2787's vrrpRouterVrIdErrors count */
    void unknownVrid(boolean rfc2787);
  }

  public VrrpChannels(RawSocketProvider provider, Scheduler loop) {
    this(provider, loop, LinkReadiness.ALWAYS);
  }

  /** Channels that hold adverts back until {@code readiness} says their link can carry them. */
  public VrrpChannels(RawSocketProvider provider, Scheduler loop, LinkReadiness readiness) {
    this.provider = provider;
    this.loop = loop;
    this.readiness = readiness;
  }

  /**
   * {@code listener} is told, on the loop, of each advert whose VRID no instance on its
   * interface and family has (RFC 2787 vrrpRouterVrIdErrors).
   */
  public void onUnknownVrid(UnknownVridListener listener) {
    unknownVrid = listener;
  }

  /**
   * Every channel of an interface, family and protocol receives every packet of that link: a
   * VRID unknown to all of them is counted once, through the first one opened.
   */
  private void unknownVrid(VrrpChannel from, int vrid, int version) {
    List<VrrpChannel> link = open.values().stream()
        .filter(c -> sameLink(c.key(), from.key())).toList();
    if (!link.isEmpty() && link.get(0) == from && link.stream().noneMatch(c -> c.serves(vrid))) {
      unknownVrid.unknownVrid(version == 2 && !from.key().ipv6());
    }
  }

  private static boolean sameLink(ChannelKey a, ChannelKey b) {
    return a.ifname().equals(b.ifname()) && a.ipv6() == b.ipv6() && a.ah() == b.ah();
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
      VrrpChannel opened = c;
      c.onUnknownVrid((vrid, version) -> unknownVrid(opened, vrid, version));
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
