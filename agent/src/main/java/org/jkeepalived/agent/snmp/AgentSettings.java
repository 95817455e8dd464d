package org.jkeepalived.agent.snmp;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything the built-in SNMP agent needs: where it listens, who may talk to it (communities,
 * USM users, VACM views), where notifications go, and where its engine identity and boots
 * counter persist ({@code stateFile} null keeps them in memory: boots restarts at 1, which RFC
 * 3414 only tolerates for tests). {@code engineId} null means: the persisted one, or a new random
 * one (persisted). Built by {@link AgentSettingsLoader}.
 */
public record AgentSettings(
    InetSocketAddress listen,
    List<CommunitySettings> communities,
    List<UsmUserSettings> users,
    List<ViewSettings> views,
    List<TrapSinkSettings> trapSinks,
    Path stateFile,
    byte[] engineId) {

  /**
   * The view every principal gets unless told otherwise: the whole MIB-2 and enterprises tree,
   * without the agent's own configuration MIBs (snmpModules: SNMP-COMMUNITY-MIB, USM, VACM,
   * SNMP-TARGET-MIB, SNMP-NOTIFICATION-MIB) except the snmpEngine scalars. A v3 user reaches
   * those MIBs only through a view that includes them by name.
   */
  public static final String ALL_VIEW = "all";

  /**
   * SNMP4J's own enterprise subtree (its log and config MIBs, writable): left out of the default
   * view so no community or user can reconfigure the agent's internals.
   */
  public static final String SNMP4J_PRIVATE = "1.3.6.1.4.1.4976";

  /**
   * SNMP4J-Agent's NOTIFICATION-LOG-MIB (RFC 3014): a log of every notification sent, varbinds
   * included, with writable limits. Not part of what jkeepalived serves: out of "all".
   */
  public static final String NOTIFICATION_LOG_MIB = "1.3.6.1.2.1.92";

  /** SNMP4J-Agent's SNMP-TLS-TM-MIB (RFC 6353): the (unused) TLS transport's configuration. */
  public static final String TLS_TM_MIB = "1.3.6.1.2.1.198";

  /**
   * experimental (1.3.6.1.3), where SNMP4J-Agent serves SNMP-USM-DH-OBJECTS-MIB (RFC 2786,
   * 1.3.6.1.3.101): per-user Diffie-Hellman key change objects. Out of "all".
   */
  public static final String EXPERIMENTAL = "1.3.6.1.3";

  /** snmpModules (1.3.6.1.6.3): SNMP's own framework and configuration MIBs. */
  public static final String SNMP_MODULES = "1.3.6.1.6.3";

  /** SNMP-FRAMEWORK-MIB snmpEngine scalars: readable in the default view, as in snmpd's. */
  public static final String SNMP_ENGINE = "1.3.6.1.6.3.10.2.1";

  public AgentSettings {
    communities = List.copyOf(communities);
    users = List.copyOf(users);
    views = List.copyOf(views);
    trapSinks = List.copyOf(trapSinks);
    engineId = engineId == null ? null : engineId.clone();
  }

  @Override
  public byte[] engineId() {
    return engineId == null ? null : engineId.clone();
  }
}
