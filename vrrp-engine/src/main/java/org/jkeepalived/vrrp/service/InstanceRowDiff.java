package org.jkeepalived.vrrp.service;

import org.jkeepalived.mibs.config.VrrpInstanceConfig;

/**
 * Whether a changed vrrpInstanceTable row differs only in what an SNMP SET may change (base
 * priority, preempt): then the running instance keeps its engine and only takes the new values.
 */
final class InstanceRowDiff {
  private InstanceRowDiff() {}

  static boolean onlyPriorityOrPreempt(VrrpInstanceConfig a, VrrpInstanceConfig b) {
    return withPriorityAndPreempt(a, b.priority(), b.behaviour()).equals(b);
  }

  private static VrrpInstanceConfig withPriorityAndPreempt(VrrpInstanceConfig c, int priority,
      VrrpInstanceConfig.Behaviour from) {
    VrrpInstanceConfig.Behaviour b = c.behaviour();
    if (b != null && from != null) {
      b = new VrrpInstanceConfig.Behaviour(from.preempt(), b.preemptDelay(), b.accept(),
          b.strict(), b.skipCheckAdvAddr(), b.lowerPrioNoAdvert(), b.higherPrioSendAdvert(),
          b.downTimerAdverts(), b.garpExtraIf(), b.garpExtraIfAll(), b.promoteSecondaries(),
          b.notifyPriorityChanges(), b.smtpAlert(), b.linkbeatUsePolling(), b.debug(),
          b.lvsSyncDaemonInterface());
    }
    return new VrrpInstanceConfig(c.name(), c.state(), c.interfaceName(), c.virtualRouterId(),
        priority, c.advertInterval(), c.version(), c.ipv6(), c.authentication(),
        c.virtualAddresses(), c.excludedAddresses(), c.virtualRoutes(), c.virtualRules(),
        c.tracking(), c.transport(), c.vmac(), b, c.garp(), c.notifyScripts());
  }
}
