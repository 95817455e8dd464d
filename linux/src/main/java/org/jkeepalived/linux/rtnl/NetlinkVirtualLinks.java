package org.jkeepalived.linux.rtnl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.netlink.NetlinkMessage;

/** {@link VirtualLinks} over rtnetlink, in the namespace of the thread that opened it. */
public final class NetlinkVirtualLinks implements VirtualLinks {
  private final Rtnetlink rtnl;

  private NetlinkVirtualLinks(Rtnetlink rtnl) {
    this.rtnl = rtnl;
  }

  public static NetlinkVirtualLinks open() throws ErrnoException {
    return new NetlinkVirtualLinks(Rtnetlink.open());
  }

  @Override
  public LinkInfo create(VirtualLinkSpec spec) throws IOException {
    rtnl.request(VirtualLinkCodec.create(spec));
    LinkInfo link = find(spec.name()).orElseThrow(
        () -> new IOException("link " + spec.name() + " vanished after creation"));
    try {
      rtnl.request(VirtualLinkCodec.addrGenModeNone(link.index()));
    } catch (ErrnoException e) {
      // a kernel without IPv6 has no address generation to switch off
      if (e.errno() != 97) {
        throw e;
      }
    }
    return link;
  }

  @Override
  public void setUp(int index, boolean up) throws IOException {
    rtnl.setLinkUp(index, up);
  }

  @Override
  public void delete(int index) throws IOException {
    rtnl.request(VirtualLinkCodec.delete(index));
  }

  @Override
  public Optional<LinkInfo> find(String name) throws IOException {
    return rtnl.links().stream().filter(l -> l.name().equals(name)).findFirst();
  }

  @Override
  public List<VirtualLinkDetails> list() throws IOException {
    List<VirtualLinkDetails> out = new ArrayList<>();
    for (NetlinkMessage m : rtnl.dump(LinkCodec.dumpRequest())) {
      if (m.type() == Rtnl.RTM_NEWLINK) {
        VirtualLinkDetails d = VirtualLinkCodec.decode(m);
        if (d != null) {
          out.add(d);
        }
      }
    }
    return out;
  }

  @Override
  public void close() {
    rtnl.close();
  }
}
