package org.jkeepalived.agent.snmp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.snmp4j.security.SecurityProtocols;
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

  /** SNMPv2-MIB system group (RFC 3418), sysORTable included. */
  static final OID SYSTEM_GROUP = new OID("1.3.6.1.2.1.1");
  /** SNMPv2-MIB snmp group (RFC 3418): the message counters SNMP4J keeps. */
  static final OID SNMP_GROUP = new OID("1.3.6.1.2.1.11");
  /** SNMP-FRAMEWORK-MIB snmpEngine scalars (ID, boots, time, max size), as snmpd shows them. */
  static final OID SNMP_ENGINE = new OID("1.3.6.1.6.3.10.2.1");
  /** snmpModules: the framework, community, USM, VACM, target and notification MIBs. */
  static final OID SNMP_MODULES = new OID("1.3.6.1.6.3");

  private AgentSecurity() {}

  /**
   * What communities may reach at most: {@code readable} for GET/GETNEXT/GETBULK, {@code
   * writable} for SET. A community's configured view is cut down to these subtrees, so neither
   * the settings file nor a default can give a community the agent's configuration MIBs.
   */
  record CommunityReach(List<OID> readable, List<OID> writable) {
    CommunityReach {
      readable = List.copyOf(readable);
      writable = List.copyOf(writable);
    }

    /**
     * Reads: the MIB modules the binding serves plus the system and snmp groups and the
     * snmpEngine scalars. Writes: the binding's MIB modules only, where the binding itself
     * refuses every object without a writer (notWritable, as snmpd answers).
     */
    static CommunityReach of(StoreBinding binding) {
      List<OID> modules = moduleRoots(binding.servedSubtrees());
      List<OID> read = new ArrayList<>(modules);
      read.add(SYSTEM_GROUP);
      read.add(SNMP_GROUP);
      read.add(SNMP_ENGINE);
      return new CommunityReach(read, modules);
    }
  }

  /**
   * The module roots the daemon's bindings live under. Views are given whole modules, not each
   * bound object: SNMP4J-Agent 3.8.3 ends a GETNEXT walk with endOfMibView when an object
   * yields nothing (an empty table, an absent scalar) and the OID right after it is outside the
   * view (CommandProcessor.VACMQuery treats the continued lookup, lower bound included, as an
   * exact match and checks that bound against the view).
   */
  static final List<OID> MODULE_ROOTS =
      List.of(
          new OID("1.3.6.1.4.1.9586.100.5"), // KEEPALIVED-MIB
          new OID("1.3.6.1.2.1.68"), // VRRP-MIB
          new OID("1.3.6.1.2.1.207"), // VRRPv3-MIB
          new OID("1.3.6.1.2.1.222")); // BFD-STD-MIB

  /** Each served subtree's module root, or the subtree itself outside the known modules. */
  static List<OID> moduleRoots(List<OID> served) {
    List<OID> out = new ArrayList<>();
    for (OID s : served) {
      OID root = MODULE_ROOTS.stream().filter(s::startsWith).findFirst().orElse(s);
      if (!out.contains(root)) {
        out.add(root);
      }
    }
    return out;
  }

  static void apply(
      AgentConfigManager acm, AgentSettings s, byte[] engineId, CommunityReach reach) {
    VacmMIB vacm = acm.getVacmMIB();
    for (ViewSettings v : s.views()) {
      addView(vacm, v);
    }
    Map<String, ViewSettings> views = new HashMap<>();
    for (ViewSettings v : s.views()) {
      views.put(v.name(), v);
    }
    List<CommunitySettings> communities = new ArrayList<>();
    Map<String, ViewSettings> derived = new LinkedHashMap<>();
    for (CommunitySettings c : s.communities()) {
      ViewSettings read =
          derived.computeIfAbsent(
              "jk-community-read-" + c.readView(),
              n -> restrict(n, views.get(c.readView()), reach.readable()));
      ViewSettings write =
          !c.writable()
              ? null
              : derived.computeIfAbsent(
                  "jk-community-write-" + c.writeView(),
                  n -> restrict(n, views.get(c.writeView()), reach.writable()));
      communities.add(
          new CommunitySettings(c.name(), read.name(), write == null ? null : write.name()));
    }
    for (ViewSettings v : derived.values()) {
      addView(vacm, v);
    }
    Map<String, OctetString> securityNameOfCommunity = new HashMap<>();
    addCommunities(acm, communities, engineId, securityNameOfCommunity);
    registerProtocols(acm.getUsm().getSecurityProtocols());
    for (UsmUserSettings u : s.users()) {
      addUser(acm, vacm, u);
    }
    addSinks(acm, s, engineId, securityNameOfCommunity);
  }

  /**
   * The part of {@code view} inside {@code roots}: each root the view includes (longest match,
   * RFC 3415 section 5.5), and the view's own families below a root, which decide there as they
   * did. Nothing outside the roots. A view that includes none of them comes out empty: VACM then
   * answers notInView (noSuchObject for a GET, noAccess for a SET).
   */
  static ViewSettings restrict(String name, ViewSettings view, List<OID> roots) {
    List<String> include = new ArrayList<>();
    List<String> exclude = new ArrayList<>();
    if (view == null) {
      return new ViewSettings(name, include, exclude);
    }
    for (OID root : roots) {
      if (includes(view, root)) {
        include.add(root.toDottedString());
      }
      for (String f : view.included()) {
        OID oid = new OID(f);
        if (oid.size() > root.size() && oid.startsWith(root)) {
          include.add(f);
        }
      }
      for (String f : view.excluded()) {
        OID oid = new OID(f);
        if (oid.size() > root.size() && oid.startsWith(root)) {
          exclude.add(f);
        }
      }
    }
    return new ViewSettings(name, include, exclude);
  }

  /** Whether {@code oid} is in the view: the longest family containing it decides. */
  static boolean includes(ViewSettings view, OID oid) {
    int best = -1;
    boolean included = false;
    for (String f : view.included()) {
      OID family = new OID(f);
      if (oid.startsWith(family) && family.size() > best) {
        best = family.size();
        included = true;
      }
    }
    for (String f : view.excluded()) {
      OID family = new OID(f);
      // An exclusion of the same length as an inclusion wins: the stricter reading.
      if (oid.startsWith(family) && family.size() >= best) {
        best = family.size();
        included = false;
      }
    }
    return included;
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

  /**
   * Makes every protocol a user may name (the README's list) known to the USM. SNMP4J 3.x
   * registers only SHA-2 and the ciphers by default; without SHA-1 a {@code auth = SHA} user
   * could never be used (issue 19 item 5).
   */
  static void registerProtocols(SecurityProtocols protocols) {
    for (AuthProtocol a : AuthProtocol.values()) {
      if (protocols.getAuthenticationProtocol(a.oid()) == null) {
        protocols.addAuthenticationProtocol(a.implementation());
      }
    }
    for (PrivProtocol p : PrivProtocol.values()) {
      if (protocols.getPrivacyProtocol(p.oid()) == null) {
        protocols.addPrivacyProtocol(p.implementation());
      }
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
