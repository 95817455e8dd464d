package org.jkeepalived.agent.snmp.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jkeepalived.agent.snmp.SmiCodec;
import org.jkeepalived.agent.snmp.TrapSender;
import org.jkeepalived.mibs.notify.Notification;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.StoreEvent;
import org.jkeepalived.mibs.store.StoreListener;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/**
 * Turns store events into SNMP notifications: each event goes through the notification
 * definitions (which apply keepalived's enable_traps / enable_snmp_* gates) and every resulting
 * notification is handed to the {@link TrapSender}, which sends without blocking the store's
 * dispatch loop.
 */
public final class TrapForwarder implements StoreListener {
  private static final Logger LOG = LoggerFactory.getLogger(TrapForwarder.class);

  private final ObjectStore store;
  private final TrapSender sender;
  private final BiFunction<StoreEvent, StoreSnapshot, List<Notification>> definitions;

  /**
   * @param definitions the notifications an event triggers, given the snapshot after it (e.g.
   *     {@code VrrpNotifications::all})
   */
  public TrapForwarder(
      ObjectStore store, TrapSender sender,
      BiFunction<StoreEvent, StoreSnapshot, List<Notification>> definitions) {
    this.store = store;
    this.sender = sender;
    this.definitions = definitions;
  }

  @Override
  public void onEvents(List<StoreEvent> events) {
    StoreSnapshot snap = store.snapshot();
    for (StoreEvent e : events) {
      for (Notification n : definitions.apply(e, snap)) {
        send(n);
      }
    }
  }

  private void send(Notification n) {
    List<VariableBinding> vbs = new ArrayList<>(n.varbinds().size());
    for (Notification.Varbind v : n.varbinds()) {
      vbs.add(new VariableBinding(new OID(v.oid().toArray()), SmiCodec.toVariable(v.type(), v.value())));
    }
    LOG.debug("Sending notification {}", n.trapOid());
    sender.sendAsync(new OID(n.trapOid().toArray()), vbs)
        .exceptionally(t -> {
          LOG.warn("Notification {} not sent: {}", n.trapOid(), t.getMessage());
          return null;
        });
  }
}
