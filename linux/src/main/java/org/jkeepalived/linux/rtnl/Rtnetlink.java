package org.jkeepalived.linux.rtnl;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.netlink.Netlink;
import org.jkeepalived.linux.netlink.NetlinkMessage;
import org.jkeepalived.linux.netlink.NetlinkSocket;

/**
 * A NETLINK_ROUTE client for requests and dumps in the network namespace of the thread that
 * opened it. Calls are serialised (one transaction at a time on the socket).
 */
public final class Rtnetlink implements Closeable {
  private final NetlinkSocket socket;

  private Rtnetlink(NetlinkSocket socket) {
    this.socket = socket;
  }

  public static Rtnetlink open() throws ErrnoException {
    return new Rtnetlink(NetlinkSocket.open(Netlink.NETLINK_ROUTE, 0));
  }

  /** Sends a request and waits for its ACK (errno from nlmsgerr becomes an ErrnoException). */
  public synchronized void request(NetlinkMessage message) throws ErrnoException {
    socket.request(message);
  }

  /** Runs a dump and returns the reply messages. */
  public synchronized List<NetlinkMessage> dump(NetlinkMessage request) throws ErrnoException {
    return socket.dump(request);
  }

  public void addAddress(InterfaceAddress address) throws ErrnoException {
    request(AddressCodec.add(address));
  }

  public void deleteAddress(InterfaceAddress address) throws ErrnoException {
    request(AddressCodec.delete(address));
  }

  /** Addresses of one family (AF_INET / AF_INET6) or all (0). */
  public List<InterfaceAddress> addresses(int family) throws ErrnoException {
    List<InterfaceAddress> out = new ArrayList<>();
    for (NetlinkMessage m : dump(AddressCodec.dumpRequest(family))) {
      if (m.type() == Rtnl.RTM_NEWADDR) {
        out.add(AddressCodec.decode(m));
      }
    }
    return out;
  }

  public List<LinkInfo> links() throws ErrnoException {
    List<LinkInfo> out = new ArrayList<>();
    for (NetlinkMessage m : dump(LinkCodec.dumpRequest())) {
      if (m.type() == Rtnl.RTM_NEWLINK) {
        out.add(LinkCodec.decode(m));
      }
    }
    return out;
  }

  /** Sets a link administratively up or down. */
  public void setLinkUp(int index, boolean up) throws ErrnoException {
    request(LinkCodec.setUp(index, up));
  }

  @Override
  public void close() {
    socket.close();
  }
}
