package org.jkeepalived.mibs.store;

import java.util.List;

/**
 * Receives the events of one committed transaction, in commit order, on its domain's dispatch loop.
 * A listener that throws or is slow is reported and cannot hold up other listeners or an engine.
 */
@FunctionalInterface
public interface StoreListener {
  void onEvents(List<StoreEvent> events);
}
