package org.jkeepalived.lvs.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Health checkers for tests: runs nothing, remembers which checks it was told to run and which
 * virtual servers are suspended, and lets a test report a verdict as a checker would (on the
 * calling thread; the engine hops to its loop).
 */
public final class FakeHealthChecks implements HealthChecks {
  private final CheckListener listener;
  private final Map<CheckId, CheckSpec> running = new LinkedHashMap<>();
  private final Set<String> suspended = new TreeSet<>();
  private final List<String> log = new ArrayList<>();
  private boolean closed;

  public FakeHealthChecks(CheckListener listener) {
    this.listener = Objects.requireNonNull(listener);
  }

  @Override
  public void run(java.util.Collection<CheckSpec> checks) {
    running.clear();
    checks.forEach(c -> running.put(c.id(), c));
  }

  @Override
  public void suspend(String virtualServer, boolean suspend) {
    log.add((suspend ? "suspend " : "resume ") + virtualServer);
    if (suspend) {
      suspended.add(virtualServer);
    } else {
      suspended.remove(virtualServer);
    }
  }

  @Override
  public void close() {
    closed = true;
  }

  /** Reports a verdict of a running check; fails when no such check runs. */
  public void report(CheckId id, CheckVerdict verdict) {
    if (!running.containsKey(id)) {
      throw new IllegalStateException("no such check running: " + id);
    }
    listener.verdict(id, verdict);
  }

  /** The checks now running. */
  public Map<CheckId, CheckSpec> running() {
    return Map.copyOf(running);
  }

  /** The ids of the running checks of the real server whose key ends with {@code suffix}. */
  public List<CheckId> checksOf(String suffix) {
    return running.keySet().stream().filter(id -> id.realServer().endsWith(suffix)).toList();
  }

  public Set<String> suspended() {
    return Set.copyOf(suspended);
  }

  /** Every suspend and resume, in order. */
  public List<String> suspensions() {
    return List.copyOf(log);
  }

  public boolean closed() {
    return closed;
  }
}
