package org.jkeepalived.agent.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jkeepalived.lvs.forward.DataplaneMode;

/**
 * Reads the command line of a daemon start without picocli, when it is plain: the options a
 * service unit or a bench gives ({@code -n -l -D -f FILE -p FILE --control-socket PATH ...}),
 * each at most once, values as the next argument or after {@code =}. Anything else (help,
 * version, {@code -t}, {@code --signum}, {@code --metrics-listen}, a repeated option, an
 * attached short value, a value starting with '-' or '@', an unknown word, a value its converter
 * refuses) is declined, and {@code Main} hands the whole line to picocli, which alone prints help
 * and errors. So the result is always the {@link Options} picocli would have filled, or empty.
 *
 * <p>Why (issue 15, start to the first advert): picocli reads {@link Options}'s annotations and
 * builds its model on every start, 100-180 ms of the main thread on the 2-core box, and loads
 * ~165 classes the running daemon never uses again.
 */
public final class QuickArgs {
  private QuickArgs() {}

  /** The options of a plain daemon command line, or empty to let picocli parse it. */
  public static Optional<Options> parse(String[] args) {
    Options o = new Options();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("--")) {
        int eq = a.indexOf('=');
        String key = longKey(eq < 0 ? a : a.substring(0, eq));
        if (key == null || !seen.add(key)) {
          return Optional.empty();
        }
        if (isFlag(key)) {
          if (eq >= 0) {
            return Optional.empty();
          }
          setFlag(o, key);
          continue;
        }
        String value;
        if (eq >= 0) {
          value = a.substring(eq + 1);
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          return Optional.empty();
        }
        if (!setValue(o, key, value)) {
          return Optional.empty();
        }
      } else if (a.length() >= 2 && a.charAt(0) == '-') {
        // a cluster of short options (-nlD), the last of which may take the next argument
        for (int j = 1; j < a.length(); j++) {
          String key = shortKey(a.charAt(j));
          if (key == null || !seen.add(key)) {
            return Optional.empty();
          }
          if (isFlag(key)) {
            setFlag(o, key);
          } else if (j != a.length() - 1 || i + 1 >= args.length
              || !setValue(o, key, args[++i])) {
            return Optional.empty();
          }
        }
      } else {
        return Optional.empty(); // Options has no positional parameters: picocli's error
      }
    }
    return Optional.of(o);
  }

  private static String shortKey(char c) {
    return switch (c) {
      case 'f' -> "use-file";
      case 'P' -> "vrrp";
      case 'C' -> "check";
      case 'B' -> "no_bfd";
      case 'l' -> "log-console";
      case 'D' -> "log-detail";
      case 'S' -> "log-facility";
      case 'G' -> "no-syslog";
      case 'g' -> "log-file";
      case 'u' -> "umask";
      case 'X' -> "release-vips";
      case 'V' -> "dont-release-vrrp";
      case 'I' -> "dont-release-ipvs";
      case 'R' -> "dont-respawn";
      case 'n' -> "dont-fork";
      case 'd' -> "dump-conf";
      case 'p' -> "pid";
      case 'r' -> "vrrp_pid";
      case 'c' -> "checkers_pid";
      case 'b' -> "bfd_pid";
      case 'a' -> "address-monitoring";
      case 'x' -> "snmp";
      case 's' -> "namespace";
      case 'e' -> "all-config";
      case 'i' -> "config-id";
      default -> null; // -h -v -t -T and unknown letters: picocli's
    };
  }

  private static String longKey(String name) {
    String key = name.substring(2);
    return switch (key) {
      case "use-file", "vrrp", "check", "no_bfd", "all", "log-console", "log-detail",
          "log-facility", "no-syslog", "log-file", "umask", "release-vips", "dont-release-vrrp",
          "dont-release-ipvs", "lvs-dataplane", "dont-respawn", "dont-fork", "dump-conf", "pid",
          "vrrp_pid", "checkers_pid", "bfd_pid", "address-monitoring", "snmp", "namespace",
          "all-config", "config-id", "snmp-listen", "snmp-community", "snmp-write-community",
          "snmp-trap-sink", "snmp-config", "control-socket" -> key;
      default -> null;
    };
  }

  private static boolean isFlag(String key) {
    return switch (key) {
      case "vrrp", "check", "no_bfd", "all", "log-console", "log-detail", "no-syslog",
          "release-vips", "dont-release-vrrp", "dont-release-ipvs", "dont-respawn", "dont-fork",
          "dump-conf", "address-monitoring", "snmp", "all-config" -> true;
      default -> false;
    };
  }

  private static void setFlag(Options o, String key) {
    switch (key) {
      case "vrrp" -> o.vrrpOnly = true;
      case "check" -> o.checkOnly = true;
      case "no_bfd" -> o.noBfd = true;
      case "all" -> o.all = true;
      case "log-console" -> o.logConsole = true;
      case "log-detail" -> o.logDetail = true;
      case "no-syslog" -> o.noSyslog = true;
      case "release-vips" -> o.releaseVips = true;
      case "dont-release-vrrp" -> o.dontReleaseVrrp = true;
      case "dont-release-ipvs" -> o.dontReleaseIpvs = true;
      case "dont-respawn" -> o.dontRespawn = true;
      case "dont-fork" -> o.dontFork = true;
      case "dump-conf" -> o.dumpConf = true;
      case "address-monitoring" -> o.addressMonitoring = true;
      case "snmp" -> o.snmp = true;
      case "all-config" -> o.allConfig = true;
      default -> throw new IllegalArgumentException(key);
    }
  }

  /**
   * Sets a valued option; false declines: an empty value, one picocli would read as an option
   * name or an @argument-file, or one the option's converter refuses (picocli reports those).
   */
  private static boolean setValue(Options o, String key, String v) {
    if (v.isEmpty() || v.charAt(0) == '-' || v.charAt(0) == '@') {
      return false;
    }
    try {
      switch (key) {
        case "use-file" -> o.configFile = Path.of(v);
        case "log-facility" -> o.logFacility = LogFacility.parse(v);
        case "log-file" -> o.logFile = Path.of(v);
        case "umask" -> o.umask = v;
        case "lvs-dataplane" -> o.lvsDataplane = DataplaneMode.parse(v);
        case "pid" -> o.pidFile = Path.of(v);
        case "vrrp_pid" -> o.vrrpPidFile = Path.of(v);
        case "checkers_pid" -> o.checkersPidFile = Path.of(v);
        case "bfd_pid" -> o.bfdPidFile = Path.of(v);
        case "namespace" -> o.namespace = v;
        case "config-id" -> o.configId = v;
        case "snmp-listen" -> o.snmpListen = v;
        case "snmp-community" -> o.snmpCommunity = v;
        case "snmp-write-community" -> o.snmpWriteCommunity = v;
        case "snmp-trap-sink" -> o.snmpTrapSinks.add(v);
        case "snmp-config" -> o.snmpConfig = Path.of(v);
        case "control-socket" -> o.controlSocket = v;
        default -> {
          return false;
        }
      }
    } catch (RuntimeException e) { // InvalidPathException, a converter's IllegalArgumentException
      return false;
    }
    return true;
  }
}
