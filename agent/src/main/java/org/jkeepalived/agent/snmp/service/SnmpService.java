package org.jkeepalived.agent.snmp.service;

import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.agent.snmp.AgentSettings;
import org.jkeepalived.agent.snmp.SnmpAgent;
import org.jkeepalived.mibs.config.GlobalDefs;
import org.jkeepalived.mibs.notify.BfdNotifications;
import org.jkeepalived.mibs.notify.CheckNotifications;
import org.jkeepalived.mibs.notify.VrrpNotifications;
import org.jkeepalived.mibs.store.Domain;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;

/**
 * The daemon's SNMP subsystem: the agent serving the enabled MIB subtrees from the store, and the
 * trap forwarders on the VRRP and CHECK event domains. The subtrees are chosen at start, as
 * keepalived registers its MIB handlers once (a reload changing enable_snmp_* needs a restart
 * there too); trap gates are read from the store at each event, so enable_traps follows reloads.
 */
public final class SnmpService implements AutoCloseable {
  private final SnmpAgent agent;
  private final List<ObjectStore.Subscription> subscriptions = new ArrayList<>();

  private SnmpService(SnmpAgent agent) {
    this.agent = agent;
  }

  /** Starts the agent in the background (see {@link SnmpAgent#start}) and the trap forwarders. */
  public static SnmpService start(ObjectStore store, AgentSettings settings, GlobalDefs.Snmp snmp) {
    SnmpService s = new SnmpService(SnmpAgent.start(settings, MibSubtrees.binding(store, snmp),
        routerId(store)));
    s.subscriptions.add(store.subscribe(Domain.VRRP, "snmp-traps-vrrp",
        new TrapForwarder(store, s.agent.trapSender(), VrrpNotifications::all)));
    s.subscriptions.add(store.subscribe(Domain.CHECK, "snmp-traps-check",
        new TrapForwarder(store, s.agent.trapSender(), CheckNotifications::all)));
    s.subscriptions.add(store.subscribe(Domain.BFD, "snmp-traps-bfd",
        new TrapForwarder(store, s.agent.trapSender(), BfdNotifications::all)));
    return s;
  }

  /** keepalived's router_id (the host name unless configured): sysName, as keepalived showed. */
  private static String routerId(ObjectStore store) {
    return store.snapshot().config(Tables.GLOBAL, Index.of(0))
        .map(g -> g.global().routerId()).orElse("localhost");
  }

  public SnmpAgent agent() {
    return agent;
  }

  @Override
  public void close() {
    subscriptions.forEach(ObjectStore.Subscription::close);
    agent.close();
  }
}
