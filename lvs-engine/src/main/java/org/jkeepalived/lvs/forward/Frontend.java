package org.jkeepalived.lvs.forward;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOutboundBuffer;

/** What listens on a virtual server's address and port and forwards its traffic. */
interface Frontend {
  /** Stops listening and closes every connection or flow of the service. */
  void close();

  /** This frontend's share of {@link UserspaceIpvs#load} (without the forwarder-wide bound). */
  ForwarderLoad load();

  /** Bytes written to these channels and not yet taken by the kernel. */
  static long queuedBytes(Iterable<Channel> channels) {
    long n = 0;
    for (Channel ch : channels) {
      ChannelOutboundBuffer out = ch.unsafe().outboundBuffer();
      if (out != null) {
        n += out.totalPendingWriteBytes();
      }
    }
    return n;
  }
}
