package org.jkeepalived.linux.netlink;

import java.io.Closeable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.ffi.SockAddr;
import org.jkeepalived.linux.ffi.SocketFd;

/**
 * An AF_NETLINK socket with request/ACK and dump transactions. Requests are numbered from a
 * per-socket counter; replies with another sequence number (stale replies of an abandoned
 * request) are skipped. Not thread-safe: one transaction at a time, which the callers serialise.
 * Reusable for NETLINK_ROUTE and NETLINK_GENERIC (IPVS).
 */
public final class NetlinkSocket implements Closeable {
  private static final int RECV_BUF = 64 * 1024;
  private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(5);

  private final SocketFd fd;
  private final AtomicInteger seq = new AtomicInteger((int) (System.nanoTime() & 0xffff));
  private final byte[] recvBuf = new byte[RECV_BUF];
  /** Where the kernel writes a datagram; only its length is copied to {@link #recvBuf}. */
  private final jnr.ffi.Pointer nativeBuf =
      jnr.ffi.Memory.allocateDirect(org.jkeepalived.linux.ffi.Native.runtime(), RECV_BUF);
  private final byte[] kernel = SockAddr.netlink(0, 0);

  private NetlinkSocket(SocketFd fd) {
    this.fd = fd;
  }

  /** Opens a netlink socket of the given protocol subscribed to {@code groups} (0 for none). */
  public static NetlinkSocket open(int protocol, int groups) throws ErrnoException {
    SocketFd fd = SocketFd.open(LinuxConstants.AF_NETLINK, LinuxConstants.SOCK_RAW, protocol);
    try {
      fd.setIntOption(LinuxConstants.SOL_SOCKET, LinuxConstants.SO_RCVBUF, 1 << 20);
      fd.bind(SockAddr.netlink(0, groups));
      return new NetlinkSocket(fd);
    } catch (ErrnoException e) {
      fd.close();
      throw e;
    }
  }

  public SocketFd fd() {
    return fd;
  }

  /** Sends a request with NLM_F_ACK and waits for its ACK; throws the kernel's errno on error. */
  public void request(NetlinkMessage message) throws ErrnoException {
    call(message);
  }

  /**
   * Sends a request with NLM_F_ACK and returns the replies that came before its ACK (a generic
   * netlink GET answers with one message, then the ACK); throws the kernel's errno on error.
   */
  public List<NetlinkMessage> call(NetlinkMessage message) throws ErrnoException {
    int s = send(message, Netlink.NLM_F_ACK);
    List<NetlinkMessage> out = new ArrayList<>();
    for (;;) {
      for (NetlinkMessage m : reply()) {
        if (m.seq() != s) {
          continue;
        }
        if (m.type() == Netlink.NLMSG_ERROR) {
          int err = NetlinkCodec.errorCode(m);
          if (err != 0) {
            throw ErrnoException.of("netlink request type " + message.type(), err);
          }
          return out;
        }
        out.add(m);
      }
    }
  }

  /**
   * Sends {@code requests} in one datagram ({@link NetlinkBatch}: the last one asks for the ACK)
   * and waits for the answer to the last; returns each request's errno, 0 when done. The caller
   * bounds the batch: its bytes by the socket's send buffer, its refusals (each answered with a
   * copy of the request) by the receive buffer.
   *
   * @throws ErrnoException when the datagram cannot be sent or the answers do not come (then
   *     which requests were done is unknown)
   * @throws MalformedNetlinkException on an answer no command has
   */
  public int[] requestBatch(List<NetlinkMessage> requests) throws ErrnoException {
    int first = seq.get() + 1;
    seq.addAndGet(requests.size());
    byte[] wire = NetlinkBatch.encode(requests, first);
    fd.sendTo(wire, wire.length, kernel);
    NetlinkBatch.Answers answers = new NetlinkBatch.Answers(first, requests.size());
    for (;;) {
      for (NetlinkMessage m : reply()) {
        answers.accept(m);
      }
      if (answers.complete()) {
        return answers.errnos();
      }
    }
  }

  /** Sends a dump request (NLM_F_DUMP added) and collects the replies up to NLMSG_DONE. */
  public List<NetlinkMessage> dump(NetlinkMessage message) throws ErrnoException {
    int s = send(message, Netlink.NLM_F_DUMP);
    List<NetlinkMessage> out = new ArrayList<>();
    for (;;) {
      for (NetlinkMessage m : reply()) {
        if (m.seq() != s) {
          continue;
        }
        if (m.type() == Netlink.NLMSG_DONE) {
          return out;
        }
        if (m.type() == Netlink.NLMSG_ERROR) {
          int err = NetlinkCodec.errorCode(m);
          if (err != 0) {
            throw ErrnoException.of("netlink dump type " + message.type(), err);
          }
          continue;
        }
        out.add(m);
      }
    }
  }

  /** Numbers and sends a message with NLM_F_REQUEST and {@code extraFlags}; returns its seq. */
  public int send(NetlinkMessage message, int extraFlags) throws ErrnoException {
    int s = seq.incrementAndGet();
    NetlinkMessage m = new NetlinkMessage(message.type(),
        message.flags() | Netlink.NLM_F_REQUEST | extraFlags, s, 0, message.payloadBytes());
    byte[] wire = m.encode();
    fd.sendTo(wire, wire.length, kernel);
    return s;
  }

  /**
   * The next datagram of a transaction: the kernel handles a request within the sendto, so its
   * answer is usually queued already and read without a poll (one syscall per round trip fewer,
   * which counted in the emulated IPVS guest: bench/lvs); otherwise waits as {@link #receive}.
   */
  private List<NetlinkMessage> reply() throws ErrnoException {
    List<NetlinkMessage> now = receiveNow();
    return now.isEmpty() ? receive(REPLY_TIMEOUT) : now;
  }

  /**
   * Receives one datagram, waiting at most {@code timeout}; an ErrnoException with ENOBUFS means
   * the kernel dropped notifications and the caller must resynchronise with a dump.
   */
  public List<NetlinkMessage> receive(Duration timeout) throws ErrnoException {
    if (!fd.awaitReadable(timeout)) {
      throw ErrnoException.of("netlink receive (timed out after " + timeout + ")",
          LinuxConstants.EAGAIN);
    }
    return receiveNow();
  }

  /** Receives one queued datagram without waiting; empty when nothing is queued. */
  public List<NetlinkMessage> receiveNow() throws ErrnoException {
    int n = fd.recv(nativeBuf, RECV_BUF, LinuxConstants.MSG_DONTWAIT);
    if (n < 0) {
      return List.of();
    }
    nativeBuf.get(0, recvBuf, 0, n);
    return NetlinkCodec.decode(recvBuf, n);
  }

  @Override
  public void close() {
    fd.close();
  }
}
