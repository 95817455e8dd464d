package org.jkeepalived.agent.snmp;

import java.util.LinkedHashMap;
import java.util.Map;
import org.snmp4j.agent.DefaultMOContextScope;
import org.snmp4j.agent.DefaultMOQuery;
import org.snmp4j.agent.MOServer;
import org.snmp4j.agent.ManagedObject;
import org.snmp4j.agent.mo.MOScalar;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;

/**
 * A read-only view of the counters SNMP4J keeps for the agent, read from the managed objects the
 * agent serves (so a scrape sees what a GET sees, and nothing the agent does changes): the
 * SNMPv2-MIB snmp group (RFC 3418; snmpOutPkts is obsolete there and SNMP4J serves none), SNMP-MPD-MIB's snmpMPDStats (RFC 3412 section 5) and
 * SNMP-USER-BASED-SM-MIB's usmStats (RFC 3414 section 5). A counter the agent does not serve is
 * left out.
 */
public final class SnmpCounters {
  /** MIB object name to its instance OID (the scalar's .0). */
  static final Map<String, OID> OBJECTS = objects();

  private final MOServer server;
  private final OctetString context;

  SnmpCounters(MOServer server, OctetString context) {
    this.server = server;
    this.context = context;
  }

  private static Map<String, OID> objects() {
    Map<String, OID> m = new LinkedHashMap<>();
    String snmp = "1.3.6.1.2.1.11.";
    String[][] group = {{"snmpInPkts", "1"}, {"snmpInBadVersions", "3"},
        {"snmpInBadCommunityNames", "4"}, {"snmpInBadCommunityUses", "5"},
        {"snmpInASNParseErrs", "6"}, {"snmpSilentDrops", "31"}, {"snmpProxyDrops", "32"}};
    for (String[] g : group) {
      m.put(g[0], new OID(snmp + g[1] + ".0"));
    }
    String mpd = "1.3.6.1.6.3.11.2.1.";
    m.put("snmpUnknownSecurityModels", new OID(mpd + "1.0"));
    m.put("snmpInvalidMsgs", new OID(mpd + "2.0"));
    m.put("snmpUnknownPDUHandlers", new OID(mpd + "3.0"));
    String usm = "1.3.6.1.6.3.15.1.1.";
    String[] stats = {"usmStatsUnsupportedSecLevels", "usmStatsNotInTimeWindows",
        "usmStatsUnknownUserNames", "usmStatsUnknownEngineIDs", "usmStatsWrongDigests",
        "usmStatsDecryptionErrors"};
    for (int i = 0; i < stats.length; i++) {
      m.put(stats[i], new OID(usm + (i + 1) + ".0"));
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Each served counter's value now, in the MIBs' order. */
  public Map<String, Long> read() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Map.Entry<String, OID> e : OBJECTS.entrySet()) {
      OID oid = e.getValue();
      ManagedObject<?> mo = server.lookup(new DefaultMOQuery(
          new DefaultMOContextScope(context, oid, true, oid, true)));
      if (mo instanceof MOScalar<?> scalar && oid.equals(scalar.getOid())) {
        Variable v = scalar.getValue();
        if (v != null) {
          out.put(e.getKey(), v.toLong());
        }
      }
    }
    return out;
  }
}
