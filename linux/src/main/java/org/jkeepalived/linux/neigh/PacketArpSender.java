package org.jkeepalived.linux.neigh;

import java.io.IOException;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.LinuxConstants;

/**
 * {@link GratuitousArpSender} on one send-only AF_PACKET socket shared by every interface of the
 * namespace it was opened in (as keepalived's garp_fd).
 */
public final class PacketArpSender implements GratuitousArpSender {
  private final PacketSocket socket;

  private PacketArpSender(PacketSocket socket) {
    this.socket = socket;
  }

  public static PacketArpSender open() throws ErrnoException {
    return new PacketArpSender(PacketSocket.openSender());
  }

  @Override
  public void send(int ifindex, ArpPacket packet) throws IOException {
    socket.send(ifindex, LinuxConstants.ETH_P_ARP, packet.ethDestination().bytes(),
        ArpCodec.encode(packet));
  }

  @Override
  public void close() {
    socket.close();
  }
}
