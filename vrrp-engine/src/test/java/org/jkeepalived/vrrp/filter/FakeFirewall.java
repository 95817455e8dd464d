package org.jkeepalived.vrrp.filter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeepalived.linux.rtnl.InterfaceAddress;

/**
 * An in-memory {@link Firewall} for tests: remembers which addresses are blocked (with how many
 * holders), whether it was closed, and the log of calls.
 */
public final class FakeFirewall implements Firewall {
  private final Map<java.net.InetAddress, Integer> blocked = new LinkedHashMap<>();
  private final List<String> calls = new ArrayList<>();
  private boolean closed;

  private final VipFilter view = newView();

  @Override
  public VipFilter vipFilter(boolean linkLocalByName) {
    return view;
  }

  private VipFilter newView() {
    return new VipFilter() {
      @Override
      public void block(InterfaceAddress a) {
        calls.add("block " + a.address().getHostAddress());
        blocked.merge(a.address(), 1, Integer::sum);
      }

      @Override
      public void unblock(InterfaceAddress a) {
        calls.add("unblock " + a.address().getHostAddress());
        blocked.computeIfPresent(a.address(), (k, n) -> n > 1 ? n - 1 : null);
      }
    };
  }

  @Override
  public VmacFilter vmacFilter() {
    return new VmacFilter() {
      @Override
      public void added(boolean ipv6, String vmac, String base) {
        calls.add("vmac " + vmac + (ipv6 ? " ip6 " : " ip ") + base);
      }

      @Override
      public void removing(boolean ipv6, String vmac) {
        calls.add("unvmac " + vmac);
      }
    };
  }

  /** The addresses blocked now, in the order first blocked. */
  public List<java.net.InetAddress> blocked() {
    return List.copyOf(blocked.keySet());
  }

  public List<String> calls() {
    return List.copyOf(calls);
  }

  public boolean closed() {
    return closed;
  }

  @Override
  public void close() {
    calls.add("close");
    closed = true;
    blocked.clear();
  }
}
