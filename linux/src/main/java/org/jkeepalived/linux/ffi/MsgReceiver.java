package org.jkeepalived.linux.ffi;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;

/**
 * recvmsg(2) with preallocated native buffers for the data, the source address and ancillary
 * data. Layouts are LP64 (x86_64/aarch64): {@code struct msghdr} is 56 bytes, {@code struct
 * iovec} 16, {@code struct cmsghdr} 16 with data aligned to 8. Not thread-safe.
 */
public final class MsgReceiver {
  private static final int MSGHDR_LEN = 56;
  private static final int IOVEC_LEN = 16;
  private static final int CMSG_HDR_LEN = 16;

  private final Pointer msghdr;
  private final Pointer iov;
  private final Pointer name;
  private final Pointer control;
  private final Pointer data;
  private final int dataLen;
  private final int controlLen;

  /** The result of one receive: copies of the data, source sockaddr and control messages. */
  public record Message(byte[] data, byte[] sockaddr, int sockaddrLen, byte[] control, int flags) {
    /** Walks the control messages; the visitor gets (level, type, data). */
    public void forEachControl(ControlVisitor v) {
      ByteBuffer c = ByteBuffer.wrap(control).order(ByteOrder.nativeOrder());
      int pos = 0;
      while (pos + CMSG_HDR_LEN <= control.length) {
        long len = c.getLong(pos);
        if (len < CMSG_HDR_LEN || pos + len > control.length) {
          return;
        }
        int level = c.getInt(pos + 8);
        int type = c.getInt(pos + 12);
        byte[] d = new byte[(int) len - CMSG_HDR_LEN];
        System.arraycopy(control, pos + CMSG_HDR_LEN, d, 0, d.length);
        v.visit(level, type, d);
        pos += (int) ((len + 7) & ~7L);
      }
    }
  }

  /** Receives control messages one by one. */
  @FunctionalInterface
  public interface ControlVisitor {
    void visit(int level, int type, byte[] data);
  }

  public MsgReceiver(int dataLen, int controlLen) {
    Runtime rt = Native.runtime();
    this.dataLen = dataLen;
    this.controlLen = controlLen;
    msghdr = Memory.allocateDirect(rt, MSGHDR_LEN, true);
    iov = Memory.allocateDirect(rt, IOVEC_LEN, true);
    name = Memory.allocateDirect(rt, SockAddr.STORAGE_LEN, true);
    control = Memory.allocateDirect(rt, controlLen, true);
    data = Memory.allocateDirect(rt, dataLen, true);
  }

  /** One recvmsg call; null when non-blocking and nothing is queued (EAGAIN). */
  public Message receive(int fd, int flags) throws ErrnoException {
    iov.putAddress(0, data.address());
    iov.putLong(8, dataLen);
    msghdr.putAddress(0, name.address());
    msghdr.putInt(8, SockAddr.STORAGE_LEN);
    msghdr.putAddress(16, iov.address());
    msghdr.putLong(24, 1);
    msghdr.putAddress(32, control.address());
    msghdr.putLong(40, controlLen);
    msghdr.putInt(48, 0);
    long n = Native.libc().recvmsg(fd, msghdr, flags);
    if (n < 0) {
      int errno = Native.lastErrno();
      if (errno == LinuxConstants.EAGAIN) {
        return null;
      }
      throw ErrnoException.of("recvmsg", errno);
    }
    int nameLen = Math.min(msghdr.getInt(8), SockAddr.STORAGE_LEN);
    int ctlLen = (int) Math.min(msghdr.getLong(40), controlLen);
    int msgFlags = msghdr.getInt(48);
    byte[] d = new byte[(int) Math.min(n, dataLen)];
    data.get(0, d, 0, d.length);
    byte[] sa = new byte[SockAddr.STORAGE_LEN];
    name.get(0, sa, 0, nameLen);
    byte[] ctl = new byte[ctlLen];
    control.get(0, ctl, 0, ctlLen);
    return new Message(d, sa, nameLen, ctl, msgFlags);
  }
}
