package org.jkeepalived.mibs.store;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Row types and tables the store tests use, and a bounded wait. */
final class TestTables {
  record InstanceConfig(String name, int priority) {}

  record InstanceState(String state, long adverts) {}

  record SessionConfig(String peer) {}

  record SessionState(String state) {}

  record ScriptConfig(String command) {}

  private TestTables() {}

  static TableId<InstanceConfig, InstanceState> instances() {
    return new TableId<>("vrrpInstanceTable", Domain.VRRP, InstanceConfig.class, InstanceState.class);
  }

  static TableId<SessionConfig, SessionState> sessions() {
    return new TableId<>("bfdSessTable", Domain.BFD, SessionConfig.class, SessionState.class);
  }

  static TableId<ScriptConfig, Void> scripts() {
    return new TableId<>("vrrpScriptTable", Domain.VRRP, ScriptConfig.class, Void.class);
  }

  static Index idx(int... subIds) {
    return Index.of(subIds);
  }

  /**
   * Waits until the condition holds, for at most {@code max}; returns whether it did. Only for
   * waiting on other threads: no test relies on timing for its verdict.
   */
  static boolean awaitTrue(BooleanSupplier condition, Duration max) {
    long deadline = System.nanoTime() + max.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      LockSupport.parkNanos(200_000);
    }
    return true;
  }
}
