package org.jkeepalived.lvs.forward;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOutboundBuffer;

/** What listens on a virtual server's address and port and forwards its traffic. */
interface Frontend {
  /** Stops listening and closes every connection or flow of the service. */
  void close();

  /** This frontend's share of {@link UserspaceIpvs#load} (without the forwarder-wide bound). */
  ForwarderLoad load();

  /** Closes what has been idle past its timeout at {@code now} (the forwarder's clock). */
  void sweep(long now);

  /** Bytes written to this channel and not yet taken by the kernel. */
  static long queuedBytes(Channel ch) {
    ChannelOutboundBuffer out = ch.unsafe().outboundBuffer();
    return out == null ? 0 : out.totalPendingWriteBytes();
  }
}
