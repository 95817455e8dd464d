package org.jkeepalived.linux.rtnl;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.netlink.NetlinkMessage;

/**
 * {@link LinkMonitor} over rtnetlink. Each subscription owns a socket bound to RTMGRP_LINK and the
 * IPv4/IPv6 address groups, read by a dedicated daemon thread that a close wakes through an
 * eventfd. Sockets belong to the namespace of the thread that opened the monitor or subscribed.
 */
public final class NetlinkLinkMonitor implements LinkMonitor {
  private static final int GROUPS =
      Rtnl.RTMGRP_LINK | Rtnl.RTMGRP_IPV4_IFADDR | Rtnl.RTMGRP_IPV6_IFADDR;

  private final Rtnetlink rtnl;
  private final Set<Subscription> subscriptions = new CopyOnWriteArraySet<>();

  private NetlinkLinkMonitor(Rtnetlink rtnl) {
    this.rtnl = rtnl;
  }

  public static NetlinkLinkMonitor open() throws ErrnoException {
    return new NetlinkLinkMonitor(Rtnetlink.open());
  }

  @Override
  public List<LinkInfo> links() throws IOException {
    return rtnl.links();
  }

  @Override
  public AutoCloseable subscribe(RtnlListener listener) throws IOException {
    Subscription s = new Subscription();
    subscriptions.add(s);
    try {
      s.reader = RtnlReader.start(GROUPS, m -> dispatch(m, listener), listener::overrun);
    } catch (ErrnoException e) {
      subscriptions.remove(s);
      throw e;
    }
    return s;
  }

  @Override
  public void close() {
    subscriptions.forEach(Subscription::close);
    rtnl.close();
  }

  /** Dispatches one notification; unknown types are ignored. Package-private for tests. */
  static void dispatch(NetlinkMessage m, RtnlListener listener) {
    switch (m.type()) {
      case Rtnl.RTM_NEWLINK ->
          listener.linkChanged(new LinkEvent(LinkEvent.Kind.CHANGED, LinkCodec.decode(m)));
      case Rtnl.RTM_DELLINK ->
          listener.linkChanged(new LinkEvent(LinkEvent.Kind.DELETED, LinkCodec.decode(m)));
      case Rtnl.RTM_NEWADDR ->
          listener.addressChanged(new AddressEvent(AddressEvent.Kind.ADDED, AddressCodec.decode(m)));
      case Rtnl.RTM_DELADDR ->
          listener.addressChanged(
              new AddressEvent(AddressEvent.Kind.REMOVED, AddressCodec.decode(m)));
      default -> {
        // other groups' messages are not subscribed to
      }
    }
  }

  /** One listener's reader; closing it stops the reader thread and frees the socket. */
  private final class Subscription implements AutoCloseable {
    private RtnlReader reader;

    @Override
    public void close() {
      subscriptions.remove(this);
      if (reader != null) {
        reader.close();
      }
    }
  }
}
