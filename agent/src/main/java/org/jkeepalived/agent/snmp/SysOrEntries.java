package org.jkeepalived.agent.snmp;

import java.util.List;
import org.snmp4j.smi.OID;

/**
 * The sysORTable rows (SNMPv2-MIB, RFC 3418) for the MIB modules the agent serves, as keepalived
 * registers them with snmpd (core/snmp.c snmp_register_mib: "The MIB module for NAME" under the
 * module's OID): its global, VRRP and checker parts of KEEPALIVED-MIB, VRRP-MIB as "VRRP" and
 * VRRPv3-MIB as "VRRPV3"; BFD-STD-MIB, which keepalived does not serve, under its own name.
 */
final class SysOrEntries {
  /** One sysORTable row: sysORID and sysORDescr. */
  record Entry(OID id, String descr) {}

  private static final List<Entry> KNOWN =
      List.of(
          module("1.3.6.1.4.1.9586.100.5.1", "Keepalived"),
          module("1.3.6.1.4.1.9586.100.5.2", "KEEPALIVED-VRRP"),
          module("1.3.6.1.4.1.9586.100.5.3", "Healthchecker"),
          module("1.3.6.1.2.1.68", "VRRP"),
          module("1.3.6.1.2.1.207", "VRRPV3"),
          module("1.3.6.1.2.1.222", "BFD-STD-MIB"));

  private SysOrEntries() {}

  private static Entry module(String oid, String name) {
    return new Entry(new OID(oid), "The MIB module for " + name);
  }

  /** The rows for the modules that have at least one served subtree, in keepalived's order. */
  static List<Entry> of(List<OID> served) {
    return KNOWN.stream()
        .filter(e -> served.stream().anyMatch(s -> s.startsWith(e.id())))
        .toList();
  }
}
