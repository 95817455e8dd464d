package org.jkeepalived.agent.snmp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link AgentSettings} from the daemon's {@code --snmp-*} options and the optional
 * settings file they name, the options winning over the file (a {@code --snmp-trap-sink} list
 * replaces the file's sinks). Options, each as {@code --opt=VALUE} or {@code --opt VALUE}:
 *
 * <ul>
 *   <li>{@code --snmp-listen=udp:IP:PORT} (default {@code udp:127.0.0.1:161})
 *   <li>{@code --snmp-community=NAME} read-only community (default {@code public}; the agent only
 *       hears localhost unless the listen address says otherwise)
 *   <li>{@code --snmp-write-community=NAME} read-write community (default: none)
 *   <li>{@code --snmp-trap-sink=udp:IP:PORT[/COMMUNITY]} SNMPv2c trap sink, repeatable
 *   <li>{@code --snmp-state-file=FILE} where the engine ID and boots counter persist
 *   <li>{@code --snmp-config=FILE} the settings file, described in {@link SettingsFile}
 * </ul>
 *
 * Arguments not starting with {@code --snmp-} are left to the caller and ignored here.
 */
public final class AgentSettingsLoader {
  private AgentSettingsLoader() {}

  /** The defaults alone: {@code public} read-only on udp:127.0.0.1:161, nothing else. */
  public static AgentSettings defaults() {
    try {
      return new SettingsDraft().build();
    } catch (SettingsException e) {
      throw new IllegalStateException(e);
    }
  }

  public static AgentSettings load(List<String> args) throws SettingsException {
    List<String[]> options = options(args);
    SettingsDraft d = new SettingsDraft();
    for (String[] o : options) {
      if (o[0].equals("--snmp-config")) {
        SettingsFile.apply(Path.of(o[1]), d);
      }
    }
    List<TrapSinkSettings> sinks = new ArrayList<>();
    for (String[] o : options) {
      String name = o[0];
      String value = o[1];
      switch (name) {
        case "--snmp-config" -> { }
        case "--snmp-listen" -> d.listen = UdpAddresses.parse(value, name);
        case "--snmp-community" -> d.readCommunity = value;
        case "--snmp-write-community" -> d.writeCommunity = value;
        case "--snmp-state-file" -> d.stateFile = Path.of(value);
        case "--snmp-trap-sink" -> sinks.add(trapSink(value));
        default -> throw new SettingsException("unknown option " + name);
      }
    }
    if (!sinks.isEmpty()) {
      d.trapSinks = sinks;
    }
    return d.build();
  }

  /** Splits {@code --snmp-x=v} and {@code --snmp-x v} into name/value pairs. */
  private static List<String[]> options(List<String> args) throws SettingsException {
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (!a.startsWith("--snmp-")) {
        continue;
      }
      int eq = a.indexOf('=');
      if (eq > 0) {
        out.add(new String[] {a.substring(0, eq), a.substring(eq + 1)});
      } else if (i + 1 < args.size()) {
        out.add(new String[] {a, args.get(++i)});
      } else {
        throw new SettingsException("option " + a + " needs a value");
      }
    }
    return out;
  }

  /** {@code udp:IP:PORT[/COMMUNITY]}: a v2c trap sink (community default {@code public}). */
  static TrapSinkSettings trapSink(String value) throws SettingsException {
    String address = value;
    String community = "public";
    int slash = value.indexOf('/');
    if (slash >= 0) {
      address = value.substring(0, slash);
      community = value.substring(slash + 1);
      if (community.isEmpty()) {
        throw new SettingsException("--snmp-trap-sink: empty community in '" + value + "'");
      }
    }
    return new TrapSinkSettings(
        UdpAddresses.parse(address, "--snmp-trap-sink"),
        false,
        community,
        null,
        false,
        0,
        Duration.ofMillis(1500));
  }
}
