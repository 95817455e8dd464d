package org.jkeepalived.linux.rtnl;

import java.io.IOException;
import java.util.List;

/**
 * Port: routes and policy routing rules (virtual_routes, virtual_rules, static_routes,
 * static_rules). Real: {@link NetlinkRouteManager}; fake: {@code FakeRouteManager}. Errors are
 * the kernel's: EEXIST when an added route or rule is already there, ESRCH when a deleted route is
 * not, ENOENT when a deleted rule is not.
 */
public interface RouteManager extends AutoCloseable {
  void addRoute(KernelRoute route) throws IOException;

  void deleteRoute(KernelRoute route) throws IOException;

  /** Every route of the family (AF_INET, AF_INET6, or 0 for both), all tables. */
  List<KernelRoute> routes(int family) throws IOException;

  void addRule(KernelRule rule) throws IOException;

  void deleteRule(KernelRule rule) throws IOException;

  /** Every rule of the family (AF_INET or AF_INET6). */
  List<KernelRule> rules(int family) throws IOException;

  /**
   * Starts delivering route and rule notifications (additions and deletions, whoever made them)
   * until the returned handle is closed.
   */
  AutoCloseable subscribe(RouteListener listener) throws IOException;

  @Override
  void close();
}
