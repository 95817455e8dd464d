package org.jkeepalived.linux.netlink;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * Several netlink requests in one datagram, and the collection of their answers. The kernel
 * takes every message of a datagram in turn within the one sendmsg (net/netlink/af_netlink.c
 * netlink_rcv_skb) and answers a message with an {@code nlmsgerr} when it failed or when it
 * carries NLM_F_ACK (netlink(7)). So only the last message of a batch asks for an ACK: its
 * answer comes after every earlier message's error, which carries that message's own sequence
 * number, and one receive per batch (plus one per refused request) replaces one per request.
 * That answer is what a batch waits for; until then errors are matched to their requests by
 * sequence number. Pure: the socket's I/O is {@link NetlinkSocket#requestBatch}.
 */
public final class NetlinkBatch {
  private NetlinkBatch() {}

  /**
   * The wire form of {@code requests} numbered {@code firstSeq}, {@code firstSeq + 1}, ...:
   * each with NLM_F_REQUEST, the last also with NLM_F_ACK, each padded to 4 bytes.
   */
  public static byte[] encode(List<NetlinkMessage> requests, int firstSeq) {
    if (requests.isEmpty()) {
      throw new IllegalArgumentException("an empty batch");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(128 * requests.size());
    for (int i = 0; i < requests.size(); i++) {
      NetlinkMessage r = requests.get(i);
      int flags = r.flags() | Netlink.NLM_F_REQUEST
          | (i == requests.size() - 1 ? Netlink.NLM_F_ACK : 0);
      out.writeBytes(new NetlinkMessage(r.type(), flags, firstSeq + i, 0, r.payloadBytes())
          .encode());
    }
    return out.toByteArray();
  }

  /**
   * The answers to one batch of {@code count} requests numbered from {@code firstSeq}: the errno
   * of each (0: done), complete once the last request is answered.
   */
  public static final class Answers {
    private final int firstSeq;
    private final int[] errno;
    private boolean complete;

    public Answers(int firstSeq, int count) {
      this.firstSeq = firstSeq;
      this.errno = new int[count];
    }

    /**
     * Takes one received message; messages of other sequence numbers (a stale answer of an
     * abandoned transaction) are ignored.
     *
     * @return whether the batch is now complete
     * @throws MalformedNetlinkException for anything but an {@code nlmsgerr} to one of the
     *     requests, or a second answer to the last one: commands have no other answers
     */
    public boolean accept(NetlinkMessage m) {
      int i = m.seq() - firstSeq;
      if (i < 0 || i >= errno.length) {
        return complete;
      }
      if (m.type() != Netlink.NLMSG_ERROR) {
        throw new MalformedNetlinkException("message type " + m.type() + " answering request "
            + (i + 1) + " of " + errno.length + " of a batch (only errors and ACKs expected)");
      }
      if (complete) {
        throw new MalformedNetlinkException("an answer to request " + (i + 1) + " of "
            + errno.length + " after the batch's final ACK");
      }
      errno[i] = NetlinkCodec.errorCode(m);
      complete = i == errno.length - 1;
      return complete;
    }

    public boolean complete() {
      return complete;
    }

    /** Each request's errno, 0 when it was done; only meaningful once complete. */
    public int[] errnos() {
      return Arrays.copyOf(errno, errno.length);
    }
  }
}
