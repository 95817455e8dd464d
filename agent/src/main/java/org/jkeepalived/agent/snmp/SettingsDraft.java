package org.jkeepalived.agent.snmp;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The mutable settings being assembled from defaults, the file, then the options; then checked. */
final class SettingsDraft {
  /** RFC 3414 section 11.2: passwords shorter than 8 characters are refused. */
  static final int MIN_PASSWORD = 8;

  InetSocketAddress listen = new InetSocketAddress(InetAddress.getLoopbackAddress(), 161);
  String readCommunity = "public";
  String readCommunityView = AgentSettings.ALL_VIEW;
  String writeCommunity;
  String writeCommunityView = AgentSettings.ALL_VIEW;
  final Map<String, UsmUserSettings> users = new LinkedHashMap<>();
  final Map<String, ViewSettings> views = new LinkedHashMap<>();
  List<TrapSinkSettings> trapSinks = new ArrayList<>();
  Path stateFile;
  byte[] engineId;

  AgentSettings build() throws SettingsException {
    Map<String, ViewSettings> allViews = new LinkedHashMap<>();
    allViews.put(
        AgentSettings.ALL_VIEW,
        new ViewSettings(
            AgentSettings.ALL_VIEW,
            List.of("1.3.6.1", AgentSettings.SNMP_ENGINE),
            List.of(AgentSettings.SNMP_MODULES, AgentSettings.SNMP4J_PRIVATE,
                AgentSettings.NOTIFICATION_LOG_MIB, AgentSettings.TLS_TM_MIB,
                AgentSettings.EXPERIMENTAL)));
    allViews.putAll(views);
    Set<String> viewNames = new TreeSet<>(allViews.keySet());
    List<CommunitySettings> communities = new ArrayList<>();
    if (readCommunity != null && !readCommunity.isEmpty()) {
      checkView(viewNames, readCommunityView, "community.view");
      communities.add(new CommunitySettings(readCommunity, readCommunityView, null));
    }
    if (writeCommunity != null && !writeCommunity.isEmpty()) {
      if (writeCommunity.equals(readCommunity)) {
        throw new SettingsException("the write community must differ from the read community");
      }
      checkView(viewNames, writeCommunityView, "writeCommunity.view");
      communities.add(
          new CommunitySettings(writeCommunity, readCommunityView, writeCommunityView));
    }
    for (UsmUserSettings u : users.values()) {
      checkUser(viewNames, u);
    }
    for (TrapSinkSettings s : trapSinks) {
      if (s.v3() && !users.containsKey(s.user())) {
        throw new SettingsException(
            "trap sink " + s.address() + " sends as SNMPv3 user '" + s.user()
                + "', which is not defined (define user." + s.user() + ".auth ...)");
      }
    }
    return new AgentSettings(
        listen,
        communities,
        List.copyOf(users.values()),
        List.copyOf(allViews.values()),
        trapSinks,
        stateFile,
        engineId);
  }

  private static void checkUser(Set<String> viewNames, UsmUserSettings u)
      throws SettingsException {
    String p = "user." + u.name();
    if (u.auth() == null) {
      throw new SettingsException(p + ".auth is missing (SNMPv3 users must authenticate)");
    }
    checkPassword(p + ".authPassword", u.authPassword());
    if (u.priv() != null) {
      checkPassword(p + ".privPassword", u.privPassword());
    } else if (u.privPassword() != null) {
      throw new SettingsException(p + ".privPassword is given but " + p + ".priv is missing");
    }
    checkView(viewNames, u.readView(), p + ".readView");
    if (u.writeView() != null) {
      checkView(viewNames, u.writeView(), p + ".writeView");
    }
    checkView(viewNames, u.notifyView(), p + ".notifyView");
  }

  private static void checkPassword(String key, String password) throws SettingsException {
    if (password == null) {
      throw new SettingsException(key + " is missing");
    }
    if (password.length() < MIN_PASSWORD) {
      throw new SettingsException(
          key + " is too short: at least " + MIN_PASSWORD + " characters (RFC 3414 section 11.2)");
    }
  }

  private static void checkView(Set<String> viewNames, String view, String key)
      throws SettingsException {
    if (!viewNames.contains(view)) {
      throw new SettingsException(
          key + " names view '" + view + "', which is not defined (views: " + viewNames + ")");
    }
  }
}
