package org.jkeepalived.agent.snmp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.commons.configuration2.io.FileHandler;

/**
 * Reads the agent's settings file, a Java properties file (read with Apache Commons
 * Configuration). Every key is optional; unknown keys are errors. Lists are comma-separated.
 *
 * <pre>
 * # where the agent listens (default udp:127.0.0.1:161)
 * listen = udp:0.0.0.0:161
 * # v1/v2c: read-only community (default public; empty = none) and its read view
 * community = public
 * community.view = all
 * # optional write community (no write access without it) and its write view
 * writeCommunity = s3cret-rw
 * writeCommunity.view = keepalived
 * # engine boots counter and engine ID persist here (RFC 3414 section 2.2)
 * stateFile = /var/lib/jkeepalived/snmp-engine
 * # engineId = 80:00:25:72:04:6c:62:31        (hex; default: persisted, else random)
 *
 * # VACM views ("all" = 1.3.6.1 is predefined)
 * view.keepalived.include = 1.3.6.1.4.1.9586.100.5, 1.3.6.1.2.1.1
 * view.keepalived.exclude = 1.3.6.1.4.1.9586.100.5.3
 *
 * # SNMPv3 USM users: auth SHA|SHA-224|SHA-256|SHA-384|SHA-512, priv AES|AES-192|AES-256
 * user.admin.auth = SHA-256
 * user.admin.authPassword = auth-pass-123
 * user.admin.priv = AES
 * user.admin.privPassword = priv-pass-123
 * user.admin.readView = all          (default all)
 * user.admin.writeView = keepalived  (default: none, read-only)
 * user.admin.notifyView = all        (default all)
 *
 * # notification sinks, any id: v2c or v3, trap or inform (retried, timeout in ms)
 * trapsink.nms1.address = udp:192.0.2.10:162
 * trapsink.nms1.community = public
 * trapsink.nms2.address = udp:192.0.2.11:162
 * trapsink.nms2.version = 3
 * trapsink.nms2.user = admin
 * trapsink.nms2.type = inform
 * trapsink.nms2.retries = 3
 * trapsink.nms2.timeout = 1500
 * </pre>
 */
final class SettingsFile {
  private SettingsFile() {}

  static void apply(Path file, SettingsDraft d) throws SettingsException {
    if (!Files.isReadable(file)) {
      throw new SettingsException("SNMP settings file " + file + " cannot be read");
    }
    PropertiesConfiguration cfg = new PropertiesConfiguration();
    try {
      new FileHandler(cfg).load(file.toFile());
    } catch (ConfigurationException e) {
      throw new SettingsException("SNMP settings file " + file + ": " + e.getMessage());
    }
    Map<String, Map<String, String>> users = new LinkedHashMap<>();
    Map<String, Map<String, String>> sinks = new TreeMap<>();
    Map<String, Map<String, String>> views = new LinkedHashMap<>();
    for (Iterator<String> it = cfg.getKeys(); it.hasNext(); ) {
      String key = it.next();
      String value = cfg.getString(key).trim();
      String where = file + ": " + key;
      switch (key) {
        case "listen" -> d.listen = UdpAddresses.parse(value, where);
        case "community" -> d.readCommunity = value;
        case "community.view" -> d.readCommunityView = value;
        case "writeCommunity" -> d.writeCommunity = value;
        case "writeCommunity.view" -> d.writeCommunityView = value;
        case "stateFile" -> d.stateFile = Path.of(value);
        case "engineId" -> d.engineId = parseEngineId(value, where);
        default -> {
          if (!group(key, value, "user.", users)
              && !group(key, value, "trapsink.", sinks)
              && !group(key, value, "view.", views)) {
            throw new SettingsException(where + ": unknown setting");
          }
        }
      }
    }
    for (Map.Entry<String, Map<String, String>> e : views.entrySet()) {
      d.views.put(e.getKey(), view(new Group(file, "view." + e.getKey(), e.getValue()), e.getKey()));
    }
    for (Map.Entry<String, Map<String, String>> e : users.entrySet()) {
      d.users.put(e.getKey(), user(new Group(file, "user." + e.getKey(), e.getValue()), e.getKey()));
    }
    List<TrapSinkSettings> fileSinks = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> e : sinks.entrySet()) {
      fileSinks.add(sink(new Group(file, "trapsink." + e.getKey(), e.getValue())));
    }
    d.trapSinks = fileSinks;
  }

  /** Collects {@code prefix.NAME.attr = value} into groups by NAME. */
  private static boolean group(
      String key, String value, String prefix, Map<String, Map<String, String>> into) {
    if (!key.startsWith(prefix)) {
      return false;
    }
    String rest = key.substring(prefix.length());
    int dot = rest.lastIndexOf('.');
    if (dot <= 0) {
      return false;
    }
    into.computeIfAbsent(rest.substring(0, dot), k -> new LinkedHashMap<>())
        .put(rest.substring(dot + 1), value);
    return true;
  }

  /** The attributes of one {@code prefix.NAME} group, each taken at most once. */
  private record Group(Path file, String prefix, Map<String, String> attrs) {
    String where(String attr) {
      return file + ": " + prefix + "." + attr;
    }

    String take(String attr, String fallback) {
      String v = attrs.remove(attr);
      return v == null ? fallback : v;
    }

    void checkAllTaken() throws SettingsException {
      if (!attrs.isEmpty()) {
        throw new SettingsException(where(attrs.keySet().iterator().next()) + ": unknown setting");
      }
    }
  }

  static byte[] parseEngineId(String value, String where) throws SettingsException {
    String hex = value.replace(":", "").replace(" ", "");
    if (hex.startsWith("0x") || hex.startsWith("0X")) {
      hex = hex.substring(2);
    }
    byte[] id;
    try {
      id = HexFormat.of().parseHex(hex);
    } catch (IllegalArgumentException e) {
      throw new SettingsException(where + ": '" + value + "' is not a hex engine ID");
    }
    // RFC 3411 SnmpEngineID: 5 to 32 octets.
    if (id.length < 5 || id.length > 32) {
      throw new SettingsException(where + ": an engine ID has 5 to 32 octets, got " + id.length);
    }
    return id;
  }

  private static ViewSettings view(Group g, String name) throws SettingsException {
    List<String> inc = oids(g.take("include", ""), g.where("include"));
    List<String> exc = oids(g.take("exclude", ""), g.where("exclude"));
    g.checkAllTaken();
    if (inc.isEmpty()) {
      throw new SettingsException(g.where("include") + " is missing: a view includes something");
    }
    return new ViewSettings(name, inc, exc);
  }

  static List<String> oids(String list, String where) throws SettingsException {
    List<String> out = new ArrayList<>();
    for (String part : list.split(",")) {
      String oid = part.trim();
      if (oid.startsWith(".")) {
        oid = oid.substring(1);
      }
      if (oid.isEmpty()) {
        continue;
      }
      if (!oid.matches("[0-9]+(\\.[0-9]+)+")) {
        throw new SettingsException(where + ": '" + part.trim() + "' is not a numeric OID");
      }
      out.add(oid);
    }
    return out;
  }

  private static UsmUserSettings user(Group g, String name) throws SettingsException {
    String auth = g.take("auth", null);
    String priv = g.take("priv", null);
    UsmUserSettings u =
        new UsmUserSettings(
            name,
            auth == null ? null : AuthProtocol.parse(auth),
            g.take("authPassword", null),
            priv == null ? null : PrivProtocol.parse(priv),
            g.take("privPassword", null),
            g.take("readView", AgentSettings.ALL_VIEW),
            g.take("writeView", null),
            g.take("notifyView", AgentSettings.ALL_VIEW));
    g.checkAllTaken();
    return u;
  }

  private static TrapSinkSettings sink(Group g) throws SettingsException {
    String address = g.take("address", null);
    if (address == null) {
      throw new SettingsException(g.where("address") + " is missing");
    }
    String version = g.take("version", "2c");
    boolean v3;
    switch (version) {
      case "2c" -> v3 = false;
      case "3" -> v3 = true;
      default -> throw new SettingsException(
          g.where("version") + ": '" + version + "' is not 2c or 3");
    }
    String type = g.take("type", "trap");
    if (!type.equals("trap") && !type.equals("inform")) {
      throw new SettingsException(g.where("type") + ": '" + type + "' is not trap or inform");
    }
    String community = g.take("community", v3 ? null : "public");
    String user = g.take("user", null);
    if (v3 && user == null) {
      throw new SettingsException(g.where("user") + " is missing (an SNMPv3 sink needs a user)");
    }
    TrapSinkSettings s =
        new TrapSinkSettings(
            UdpAddresses.parse(address, g.where("address")),
            v3,
            community,
            user,
            type.equals("inform"),
            integer(g.take("retries", "2"), g.where("retries"), 0, 20),
            millis(g.take("timeout", "1500"), g.where("timeout")));
    g.checkAllTaken();
    return s;
  }

  static Duration millis(String text, String where) throws SettingsException {
    return Duration.ofMillis(integer(text, where, 1, 600_000));
  }

  static int integer(String text, String where, int min, int max) throws SettingsException {
    try {
      int v = Integer.parseInt(text.trim());
      if (v < min || v > max) {
        throw new SettingsException(where + ": " + v + " is outside " + min + "-" + max);
      }
      return v;
    } catch (NumberFormatException e) {
      throw new SettingsException(where + ": '" + text + "' is not a number");
    }
  }
}
