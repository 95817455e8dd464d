package org.jkeepalived.agent.snmp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snmp4j.agent.AgentConfigManager;
import org.snmp4j.agent.mo.snmp.SnmpCommunityMIB;
import org.snmp4j.agent.mo.snmp.SnmpNotificationMIB;
import org.snmp4j.agent.mo.snmp.SnmpTargetMIB;
import org.snmp4j.agent.mo.snmp.StorageType;
import org.snmp4j.agent.mo.snmp.TDomainAddressFactoryImpl;
import org.snmp4j.agent.mo.snmp.VacmMIB;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;

/**
 * Writes {@link AgentSettings} into the agent's configuration MIBs: communities into
 * SNMP-COMMUNITY-MIB (RFC 3584), users into the USM (RFC 3414), groups, access and views into
 * VACM (RFC 3415), and trap sinks into SNMP-TARGET-MIB and SNMP-NOTIFICATION-MIB (RFC 3413).
 * Every row is volatile: the settings are the only source, nothing is persisted.
 */
final class AgentSecurity {
  private static final int VOLATILE = StorageType.volatile_;
  private static final OctetString DEFAULT_CONTEXT = new OctetString();
  /**
   * The transport tag of every sink's target address, and of the rows of sink-only communities:
   * the notification originator matches a community row's tag against the target it sends to.
   * Requests from a sink with such a community reach a group with no read or write view.
   */
  private static final String SINKS_TAG = "jk-sinks";
  private static final OctetString NOTIFY_ONLY_GROUP = new OctetString("jk-sinks");

  private AgentSecurity() {}

  static void apply(AgentConfigManager acm, AgentSettings s, byte[] engineId) {
    VacmMIB vacm = acm.getVacmMIB();
    for (ViewSettings v : s.views()) {
      addView(vacm, v);
    }
    Map<String, OctetString> securityNameOfCommunity = new HashMap<>();
    addCommunities(acm, s.communities(), engineId, securityNameOfCommunity);
    for (UsmUserSettings u : s.users()) {
      addUser(acm, vacm, u);
    }
    addSinks(acm, s, engineId, securityNameOfCommunity);
  }

  private static void addView(VacmMIB vacm, ViewSettings v) {
    OctetString name = new OctetString(v.name());
    for (String oid : v.included()) {
      vacm.addViewTreeFamily(
          name, new OID(oid), new OctetString(), VacmMIB.vacmViewIncluded, VOLATILE);
    }
    for (String oid : v.excluded()) {
      vacm.addViewTreeFamily(
          name, new OID(oid), new OctetString(), VacmMIB.vacmViewExcluded, VOLATILE);
    }
  }

  private static void addCommunities(
      AgentConfigManager acm,
      List<CommunitySettings> communities,
      byte[] engineId,
      Map<String, OctetString> securityNames) {
    SnmpCommunityMIB communityMib = acm.getSnmpCommunityMIB();
    VacmMIB vacm = acm.getVacmMIB();
    for (CommunitySettings c : communities) {
      String role = c.writable() ? "rw" : "ro";
      // The security name is the community itself: SNMP4J's notification originator sends a v2c
      // target's security name as the community string.
      OctetString securityName = new OctetString(c.name());
      communityMib.addSnmpCommunityEntry(
          new OctetString(role),
          new OctetString(c.name()),
          securityName,
          new OctetString(engineId),
          DEFAULT_CONTEXT,
          new OctetString(),
          VOLATILE);
      OctetString group = new OctetString("jk-group-" + role);
      vacm.addGroup(SecurityModel.SECURITY_MODEL_SNMPv1, securityName, group, VOLATILE);
      vacm.addGroup(SecurityModel.SECURITY_MODEL_SNMPv2c, securityName, group, VOLATILE);
      vacm.addAccess(
          group,
          DEFAULT_CONTEXT,
          SecurityModel.SECURITY_MODEL_ANY,
          SecurityLevel.NOAUTH_NOPRIV,
          VacmMIB.vacmExactMatch,
          new OctetString(c.readView()),
          new OctetString(c.writable() ? c.writeView() : ""),
          new OctetString(AgentSettings.ALL_VIEW),
          VOLATILE);
      securityNames.put(c.name(), securityName);
    }
  }

  private static void addUser(AgentConfigManager acm, VacmMIB vacm, UsmUserSettings u) {
    OctetString name = new OctetString(u.name());
    acm.getUsm()
        .addUser(
            new UsmUser(
                name,
                u.auth().oid(),
                new OctetString(u.authPassword()),
                u.priv() == null ? null : u.priv().oid(),
                u.priv() == null ? null : new OctetString(u.privPassword())));
    OctetString group = new OctetString("jk-user-" + u.name());
    vacm.addGroup(SecurityModel.SECURITY_MODEL_USM, name, group, VOLATILE);
    vacm.addAccess(
        group,
        DEFAULT_CONTEXT,
        SecurityModel.SECURITY_MODEL_USM,
        level(u),
        VacmMIB.vacmExactMatch,
        new OctetString(u.readView()),
        new OctetString(u.writeView() == null ? "" : u.writeView()),
        new OctetString(u.notifyView()),
        VOLATILE);
  }

  private static int level(UsmUserSettings u) {
    return u.priv() == null ? SecurityLevel.AUTH_NOPRIV : SecurityLevel.AUTH_PRIV;
  }

  private static void addSinks(
      AgentConfigManager acm,
      AgentSettings s,
      byte[] engineId,
      Map<String, OctetString> securityNames) {
    SnmpTargetMIB targets = acm.getSnmpTargetMIB();
    SnmpNotificationMIB notifications = acm.getSnmpNotificationMIB();
    TDomainAddressFactoryImpl addresses = new TDomainAddressFactoryImpl();
    int n = 0;
    for (TrapSinkSettings sink : s.trapSinks()) {
      n++;
      OctetString name = new OctetString("jk-sink-" + n);
      OctetString params = new OctetString("jk-sink-params-" + n);
      if (sink.v3()) {
        UsmUserSettings user =
            s.users().stream().filter(u -> u.name().equals(sink.user())).findFirst().orElseThrow();
        targets.addTargetParams(
            params,
            MPv3.ID,
            SecurityModel.SECURITY_MODEL_USM,
            new OctetString(sink.user()),
            level(user),
            VOLATILE);
      } else {
        OctetString securityName =
            securityNames.computeIfAbsent(
                sink.community(), c -> sinkCommunity(acm, c, engineId, securityNames.size()));
        targets.addTargetParams(
            params,
            MPv2c.ID,
            SecurityModel.SECURITY_MODEL_SNMPv2c,
            securityName,
            SecurityLevel.NOAUTH_NOPRIV,
            VOLATILE);
      }
      UdpAddress address = new UdpAddress(sink.address().getAddress(), sink.address().getPort());
      OctetString tag = new OctetString("jk-notify-" + n);
      targets.addTargetAddress(
          name,
          addresses.getTransportDomain(address)[0],
          addresses.getAddress(address),
          (int) Math.min(Integer.MAX_VALUE, sink.timeout().toMillis() / 10),
          sink.retries(),
          new OctetString(tag + " " + SINKS_TAG),
          params,
          VOLATILE);
      notifications.addNotifyEntry(
          name,
          tag,
          sink.inform()
              ? SnmpNotificationMIB.SnmpNotifyTypeEnum.inform
              : SnmpNotificationMIB.SnmpNotifyTypeEnum.trap,
          VOLATILE);
    }
  }

  /**
   * A community used only to send notifications: its row maps the community for the notification
   * originator, its transport tag admits only sink addresses, and its group may only notify.
   */
  private static OctetString sinkCommunity(
      AgentConfigManager acm, String community, byte[] engineId, int n) {
    OctetString securityName = new OctetString(community);
    acm.getSnmpCommunityMIB()
        .addSnmpCommunityEntry(
            new OctetString("sink-" + n),
            new OctetString(community),
            securityName,
            new OctetString(engineId),
            DEFAULT_CONTEXT,
            new OctetString(SINKS_TAG),
            VOLATILE);
    VacmMIB vacm = acm.getVacmMIB();
    vacm.addGroup(SecurityModel.SECURITY_MODEL_SNMPv2c, securityName, NOTIFY_ONLY_GROUP, VOLATILE);
    vacm.addAccess(
        NOTIFY_ONLY_GROUP,
        DEFAULT_CONTEXT,
        SecurityModel.SECURITY_MODEL_SNMPv2c,
        SecurityLevel.NOAUTH_NOPRIV,
        VacmMIB.vacmExactMatch,
        new OctetString(),
        new OctetString(),
        new OctetString(AgentSettings.ALL_VIEW),
        VOLATILE);
    return securityName;
  }
}
