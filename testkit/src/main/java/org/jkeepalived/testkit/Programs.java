package org.jkeepalived.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The outside programs that jkeepalived's tests, benchmarks, demo and lab scripts run, each with
 * the Debian package that installs it. bin/install-deps must install every package named here that
 * a minimal Debian root lacks (ProgramsInstalledTest checks the sources against it), and a test that
 * runs a program checks it first, so that a missing program fails as "ping is not installed (Debian
 * package iputils-ping)" instead of as a protocol verdict.
 */
public final class Programs {
  private Programs() {}

  /** The JDK and Maven: the machine has them before bin/install-deps runs (README). */
  public static final String GIVEN = "(JDK 17 and Maven)";

  /**
   * Packages every Debian root has, debootstrap's minbase included (Essential: yes, or Priority:
   * required); install-deps need not name them.
   */
  public static final Set<String> BASE =
      Set.of("coreutils", "bash", "dash", "grep", "sed", "findutils", "gzip", "tar", "util-linux",
          "bsdutils", "diffutils", "debianutils", "dpkg", "apt", "mawk", "mount", "sysvinit-utils",
          "hostname", "login", "libc-bin", "perl-base", GIVEN);

  private static final Map<String, String> PACKAGE_OF = table();

  private static Map<String, String> table() {
    Map<String, String> t = new TreeMap<>();
    put(t, "iproute2", "ip", "bridge", "ss", "tc");
    put(t, "iputils-ping", "ping");
    put(t, "iputils-arping", "arping");
    put(t, "procps", "ps", "pgrep", "pkill", "kill", "sysctl", "free", "uptime", "top", "watch",
        "pmap");
    put(t, "psmisc", "killall", "fuser", "pstree");
    put(t, "time", "time");
    put(t, "tshark", "tshark");
    put(t, "wireshark-common", "dumpcap");
    put(t, "tcpdump", "tcpdump");
    put(t, "keepalived", "keepalived", "genhash");
    put(t, "snmp", "snmpwalk", "snmpget", "snmpgetnext", "snmpset", "snmpbulkwalk", "snmpbulkget",
        "snmptable", "snmptranslate", "snmptrap", "snmpinform", "snmpstatus", "snmpdelta");
    put(t, "snmptrapd", "snmptrapd");
    put(t, "snmpd", "snmpd");
    put(t, "smitools", "smilint", "smidump");
    put(t, "frr", "vtysh", "bfdd", "zebra", "watchfrr", "vrrpd", "frrinit.sh");
    put(t, "nftables", "nft");
    put(t, "hyperfine", "hyperfine");
    put(t, "python3", "python3");
    put(t, "qemu-system-x86", "qemu-system-x86_64");
    put(t, "qemu-utils", "qemu-img");
    put(t, "ipvsadm", "ipvsadm");
    put(t, "haproxy", "haproxy");
    put(t, "wrk", "wrk");
    put(t, "curl", "curl");
    put(t, "systemd", "systemd-analyze");
    put(t, "openssl", "openssl");
    put(t, "dnsmasq-base", "dnsmasq");
    put(t, "socat", "socat");
    put(t, "netcat-openbsd", "nc");
    put(t, "ethtool", "ethtool");
    put(t, "debootstrap", "debootstrap");
    put(t, "cpio", "cpio");
    put(t, "xz-utils", "xz", "unxz");
    put(t, "kmod", "modprobe", "lsmod", "insmod", "depmod");
    put(t, "strace", "strace");
    put(t, "valgrind", "valgrind");
    put(t, "linux-perf", "perf");
    put(t, "jq", "jq");
    put(t, "bc", "bc");
    put(t, "busybox-static", "busybox");
    put(t, "coreutils", "cat", "sleep", "mkdir", "rm", "cp", "mv", "ln", "ls", "chmod", "chown",
        "id", "env", "timeout", "mkfifo", "tail", "head", "stat", "date", "sort", "uniq", "wc",
        "tee", "touch", "nproc", "dd", "true", "false", "printf", "echo", "test", "readlink",
        "realpath", "basename", "dirname", "mktemp", "seq", "cut", "tr", "od", "sha256sum",
        "md5sum", "nohup", "stdbuf", "install", "yes", "du", "df", "sync", "nice", "expr", "kill",
        "chroot");
    put(t, "git", "git");
    put(t, "util-linux", "unshare", "nsenter", "setpriv", "flock", "setsid", "chrt", "taskset",
        "mountpoint", "lsns", "prlimit", "ionice", "renice");
    put(t, "bsdutils", "logger", "script");
    put(t, "mount", "mount", "umount", "losetup");
    put(t, "sysvinit-utils", "pidof");
    put(t, "bash", "bash");
    put(t, "dash", "sh");
    put(t, "grep", "grep", "egrep");
    put(t, "sed", "sed");
    put(t, "mawk", "awk");
    put(t, "findutils", "find", "xargs");
    put(t, "gzip", "gzip", "gunzip", "zcat");
    put(t, "tar", "tar");
    put(t, "diffutils", "diff", "cmp");
    put(t, "debianutils", "which", "run-parts");
    put(t, "dpkg", "dpkg", "dpkg-deb", "dpkg-query", "start-stop-daemon");
    put(t, "apt", "apt-get", "apt-cache");
    put(t, "hostname", "hostname");
    put(t, "libc-bin", "getent", "ldd", "ldconfig", "getconf");
    put(t, "bsdextrautils", "column", "hexdump");
    put(t, GIVEN, "java", "javac", "jcmd", "jps", "jstat", "jstack", "jar", "jfr", "keytool",
        "mvn", "mvnw");
    return t;
  }

  private static void put(Map<String, String> t, String pkg, String... programs) {
    for (String p : programs) {
      // procps's kill wins over a coreutils entry: /usr/bin/kill comes from procps
      t.putIfAbsent(p, pkg);
    }
  }

  /** The Debian package that installs {@code program} (a name or a path), if it is known. */
  public static Optional<String> packageOf(String program) {
    return Optional.ofNullable(PACKAGE_OF.get(baseName(program)));
  }

  /** Every known program, name to package. */
  public static Map<String, String> all() {
    return PACKAGE_OF;
  }

  /**
   * Where {@code program} is: itself when it is a path that exists, else the first match on PATH
   * and the system binary folders (root's PATH has the sbin ones; a test's may not).
   */
  public static Optional<Path> locate(String program) {
    if (program.contains("/")) {
      Path p = Path.of(program);
      return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }
    List<String> dirs = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      dirs.addAll(List.of(path.split(":")));
    }
    dirs.addAll(List.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin",
        "/bin", "/usr/lib/frr"));
    for (String d : dirs) {
      if (d.isEmpty()) {
        continue;
      }
      Path p = Path.of(d, program);
      if (Files.isExecutable(p) && !Files.isDirectory(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code program} can be run here. */
  public static boolean installed(String program) {
    return locate(program).isPresent();
  }

  /**
   * Fails with {@link MissingProgramException} when {@code program} is a known program that is not
   * installed; an unknown program passes (the caller's own error handling sees it).
   */
  public static void require(String program) {
    Optional<String> pkg = packageOf(program);
    if (pkg.isPresent() && !installed(program)) {
      throw new MissingProgramException(baseName(program), pkg.get());
    }
  }

  /** The reason a test skips or fails when {@code program} is missing. */
  public static String missingMessage(String program) {
    String name = baseName(program);
    return packageOf(name).map(p -> MissingProgramException.message(name, p))
        .orElse(name + " is not installed");
  }

  /**
   * The programs a command line starts: its first word, and the program behind a wrapper that
   * runs another ({@code ip netns exec NS prog}, {@code timeout 5 prog}, {@code nsenter ... prog},
   * {@code setpriv ... prog}, {@code env A=B prog}, {@code sh -c 'prog ...'} is not looked into).
   */
  public static List<String> started(List<String> command) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < command.size()) {
      String word = command.get(i);
      String name = baseName(word);
      out.add(word);
      int next = wrapped(command, i, name);
      if (next < 0) {
        break;
      }
      i = next;
    }
    return out;
  }

  /** The index of the program that the wrapper at {@code i} runs, or -1 if it runs none. */
  private static int wrapped(List<String> c, int i, String name) {
    int n = c.size();
    switch (name) {
      case "ip":
        // ip netns exec NAME prog ...
        if (i + 3 < n && c.get(i + 1).equals("netns") && c.get(i + 2).equals("exec")) {
          return i + 4;
        }
        return -1;
      case "timeout":
      case "nice":
      case "stdbuf":
      case "nsenter":
      case "setpriv":
      case "unshare":
      case "env":
      case "chrt":
      case "taskset":
      case "setsid":
      case "nohup":
      case "time": {
        // skip options and their values, and the timeout / priority number
        int j = i + 1;
        boolean numberTaken = false;
        while (j < n) {
          String a = c.get(j);
          if (OPTIONS_WITH_VALUES.contains(name + " " + a)) {
            j += 2;
          } else if (a.startsWith("-") || a.contains("=")) {
            j++;
          } else if (!numberTaken && (a.matches("[0-9.]+[smhd]?|0x[0-9a-fA-F]+")
              || a.startsWith("$"))) {
            // the duration or priority, a literal or a shell variable
            numberTaken = true;
            j++;
          } else {
            break;
          }
        }
        return j < n ? j : -1;
      }
      default:
        return -1;
    }
  }

  /** Wrapper options whose value is the next word. */
  private static final Set<String> OPTIONS_WITH_VALUES = Set.of("timeout -k", "timeout -s",
      "nice -n", "nsenter -t", "chrt -p", "taskset -c", "unshare -S", "unshare -G");

  static String baseName(String program) {
    int slash = program.lastIndexOf('/');
    return slash < 0 ? program : program.substring(slash + 1);
  }
}
