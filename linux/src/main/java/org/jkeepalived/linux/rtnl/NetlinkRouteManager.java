package org.jkeepalived.linux.rtnl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.netlink.NetlinkMessage;

/** {@link RouteManager} over rtnetlink, in the namespace of the thread that opened it. */
public final class NetlinkRouteManager implements RouteManager {
  private final Rtnetlink rtnl;

  private NetlinkRouteManager(Rtnetlink rtnl) {
    this.rtnl = rtnl;
  }

  public static NetlinkRouteManager open() throws ErrnoException {
    return new NetlinkRouteManager(Rtnetlink.open());
  }

  @Override
  public void addRoute(KernelRoute route) throws IOException {
    rtnl.request(RouteCodec.add(route));
  }

  @Override
  public void deleteRoute(KernelRoute route) throws IOException {
    rtnl.request(RouteCodec.delete(route));
  }

  @Override
  public List<KernelRoute> routes(int family) throws IOException {
    return dump(RouteCodec.dumpRequest(family), Rtnl.RTM_NEWROUTE, RouteCodec::decode);
  }

  @Override
  public void addRule(KernelRule rule) throws IOException {
    rtnl.request(RuleCodec.add(rule));
  }

  @Override
  public void deleteRule(KernelRule rule) throws IOException {
    rtnl.request(RuleCodec.delete(rule));
  }

  @Override
  public List<KernelRule> rules(int family) throws IOException {
    return dump(RuleCodec.dumpRequest(family), Rtnl.RTM_NEWRULE, RuleCodec::decode);
  }

  /** The messages of type {@code type} in the dump's answer, decoded. */
  private <T> List<T> dump(NetlinkMessage request, int type,
      java.util.function.Function<NetlinkMessage, T> decoder) throws IOException {
    List<T> out = new ArrayList<>();
    for (NetlinkMessage m : rtnl.dump(request)) {
      if (m.type() == type) {
        out.add(decoder.apply(m));
      }
    }
    return out;
  }

  /** Route and rule groups of both families, read by a dedicated thread. */
  @Override
  public AutoCloseable subscribe(RouteListener listener) throws IOException {
    int groups = Rtnl.RTMGRP_IPV4_ROUTE | Rtnl.RTMGRP_IPV6_ROUTE | Rtnl.RTMGRP_IPV4_RULE
        | Rtnl.RTMGRP_IPV6_RULE;
    return RtnlReader.start(groups, m -> dispatch(m, listener));
  }

  /** Hands one notification to the listener; other message types are ignored. */
  static void dispatch(NetlinkMessage m, RouteListener listener) {
    switch (m.type()) {
      case Rtnl.RTM_NEWROUTE -> listener.routeChanged(true, RouteCodec.decode(m));
      case Rtnl.RTM_DELROUTE -> listener.routeChanged(false, RouteCodec.decode(m));
      case Rtnl.RTM_NEWRULE -> listener.ruleChanged(true, RuleCodec.decode(m));
      case Rtnl.RTM_DELRULE -> listener.ruleChanged(false, RuleCodec.decode(m));
      default -> {
        // not subscribed to
      }
    }
  }

  @Override
  public void close() {
    rtnl.close();
  }
}
