package org.jkeepalived.agent.notify;

import java.util.List;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.StoreEvent;
import org.jkeepalived.mibs.store.StoreListener;

/**
 * Writes the LVS lines ({@link LvsFifoLines}) to the global notify FIFO and the
 * lvs_notify_fifo, as keepalived's checker does. Runs on the store's check-domain dispatch.
 */
final class LvsFifoListener implements StoreListener {
  private final ObjectStore store;
  private final List<NotifyFifo> fifos;

  LvsFifoListener(ObjectStore store, List<NotifyFifo> fifos) {
    this.store = store;
    this.fifos = List.copyOf(fifos);
  }

  @Override
  public void onEvents(List<StoreEvent> events) {
    if (fifos.isEmpty()) {
      return;
    }
    for (String line : LvsFifoLines.of(events, store.snapshot())) {
      fifos.forEach(f -> f.write(line));
    }
  }
}
