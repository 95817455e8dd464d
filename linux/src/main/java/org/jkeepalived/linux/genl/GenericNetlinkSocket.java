package org.jkeepalived.linux.genl;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.netlink.MalformedNetlinkException;
import org.jkeepalived.linux.netlink.Netlink;
import org.jkeepalived.linux.netlink.NetlinkMessage;
import org.jkeepalived.linux.netlink.NetlinkSocket;

/**
 * A NETLINK_GENERIC socket: resolves families by name and runs request/ACK and dump transactions
 * ({@link NetlinkSocket} does the numbering, the errno of {@code nlmsgerr} and the multi-part
 * collection up to NLMSG_DONE). Not thread-safe, like the socket under it. The socket belongs to
 * the network namespace of the thread that opened it.
 */
public final class GenericNetlinkSocket implements Closeable {
  private final NetlinkSocket socket;

  private GenericNetlinkSocket(NetlinkSocket socket) {
    this.socket = socket;
  }

  public static GenericNetlinkSocket open() throws ErrnoException {
    return new GenericNetlinkSocket(NetlinkSocket.open(Netlink.NETLINK_GENERIC, 0));
  }

  /**
   * The family registered as {@code name}, or empty when the kernel has none (the controller
   * answers ENOENT: the module is not loaded or not built).
   */
  public Optional<GenlFamily> resolve(String name) throws ErrnoException {
    List<NetlinkMessage> replies;
    try {
      replies = socket.call(GenlControlCodec.getFamily(name));
    } catch (ErrnoException e) {
      if (e.errno() == LinuxConstants.ENOENT) {
        return Optional.empty();
      }
      throw e;
    }
    if (replies.isEmpty()) {
      throw new MalformedNetlinkException("the controller acknowledged the lookup of " + name
          + " without describing the family");
    }
    return Optional.of(GenlControlCodec.family(replies.get(0)));
  }

  /** A request with NLM_F_ACK: the replies before the ACK (empty for a plain command). */
  public List<NetlinkMessage> call(NetlinkMessage request) throws ErrnoException {
    return socket.call(request);
  }

  /** Several requests in one datagram: each one's errno, 0 when done ({@link NetlinkSocket}). */
  public int[] requestBatch(List<NetlinkMessage> requests) throws ErrnoException {
    return socket.requestBatch(requests);
  }

  /** A dump request (NLM_F_DUMP): every reply up to NLMSG_DONE. */
  public List<NetlinkMessage> dump(NetlinkMessage request) throws ErrnoException {
    return socket.dump(request);
  }

  @Override
  public void close() {
    socket.close();
  }
}
