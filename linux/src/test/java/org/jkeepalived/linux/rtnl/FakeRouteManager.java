package org.jkeepalived.linux.rtnl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.LinuxConstants;

/**
 * In-memory {@link RouteManager}: keeps routes and rules, refuses duplicates with EEXIST and
 * unknown deletes with ESRCH (routes) or ENOENT (rules) as the kernel does, and records every
 * call. A route is identified by the kernel's key ({@link KernelRoute#sameKey}), a rule by its
 * selectors ({@link KernelRule#sameRule}). Thread-safe.
 */
public final class FakeRouteManager implements RouteManager {
  /** One recorded call: operation is addRoute, deleteRoute, addRule or deleteRule. */
  public record Call(String operation, Object target) {}

  private final List<KernelRoute> routes = new ArrayList<>();
  private final List<KernelRule> rules = new ArrayList<>();
  private final List<Call> calls = new ArrayList<>();
  private IOException nextFailure;
  private final List<RouteListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

  @Override
  public synchronized void addRoute(KernelRoute route) throws IOException {
    calls.add(new Call("addRoute", route));
    failIfArmed();
    if (routes.stream().anyMatch(route::sameKey)) {
      throw new ErrnoException("RTM_NEWROUTE", LinuxConstants.EEXIST, "File exists");
    }
    routes.add(route);
    listeners.forEach(l -> l.routeChanged(true, route));
  }

  @Override
  public synchronized void deleteRoute(KernelRoute route) throws IOException {
    calls.add(new Call("deleteRoute", route));
    failIfArmed();
    if (!routes.removeIf(route::sameKey)) {
      throw new ErrnoException("RTM_DELROUTE", LinuxConstants.ESRCH, "No such process");
    }
    listeners.forEach(l -> l.routeChanged(false, route));
  }

  @Override
  public synchronized List<KernelRoute> routes(int family) {
    return routes.stream().filter(r -> family == 0 || r.family() == family).toList();
  }

  @Override
  public synchronized void addRule(KernelRule rule) throws IOException {
    calls.add(new Call("addRule", rule));
    failIfArmed();
    if (rules.stream().anyMatch(rule::sameRule)) {
      throw new ErrnoException("RTM_NEWRULE", LinuxConstants.EEXIST, "File exists");
    }
    rules.add(rule);
    listeners.forEach(l -> l.ruleChanged(true, rule));
  }

  @Override
  public synchronized void deleteRule(KernelRule rule) throws IOException {
    calls.add(new Call("deleteRule", rule));
    failIfArmed();
    if (!rules.removeIf(rule::sameRule)) {
      throw new ErrnoException("RTM_DELRULE", LinuxConstants.ENOENT, "No such file or directory");
    }
    listeners.forEach(l -> l.ruleChanged(false, rule));
  }

  @Override
  public synchronized List<KernelRule> rules(int family) {
    return rules.stream().filter(r -> family == 0 || r.family() == family).toList();
  }

  /** Listeners hear every successful add and delete, on the caller's thread (under the lock). */
  @Override
  public AutoCloseable subscribe(RouteListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /**
   * Someone else deletes the route (an operator's {@code ip route del}): it goes, listeners hear
   * it, no call is recorded.
   */
  public synchronized void deleteExternally(KernelRoute route) {
    if (routes.removeIf(route::sameKey)) {
      listeners.forEach(l -> l.routeChanged(false, route));
    }
  }

  /**
   * The kernel drops the route without a notification, as it does for IPv4 routes through an
   * interface that goes down: it goes, listeners hear nothing, no call is recorded.
   */
  public synchronized void dropSilently(KernelRoute route) {
    routes.removeIf(route::sameKey);
  }

  /** Someone else deletes the rule. */
  public synchronized void deleteExternally(KernelRule rule) {
    if (rules.removeIf(rule::sameRule)) {
      listeners.forEach(l -> l.ruleChanged(false, rule));
    }
  }

  /** Every call so far, failed ones included, in order. */
  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  /** Makes the next add or delete fail with {@code failure}. */
  public synchronized void failNext(IOException failure) {
    nextFailure = failure;
  }

  @Override
  public void close() {}

  private void failIfArmed() throws IOException {
    IOException f = nextFailure;
    nextFailure = null;
    if (f != null) {
      throw f;
    }
  }
}
