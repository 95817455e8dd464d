package org.jkeepalived.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.testkit.Proc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The .deb of this build on this machine, as an operator uses it: {@code dpkg -i}, the installed
 * command ({@code jkeepalived -v}, {@code -t} on the example it installed and on a broken file),
 * {@code systemd-analyze verify} of the installed unit (offline: systemd need not be PID 1), then
 * {@code dpkg --purge} and a check that none of its files, state or processes remain. A second run
 * shows that an operator's own keepalived.conf is neither replaced nor removed. Needs root; skips
 * where the package is installed already (the test would not know what to restore). Whatever
 * fails, the package leaves again: {@code dpkg --purge} runs after each test while dpkg knows the
 * package in any state (half-installed, unpacked, config-files), not only when it is installed.
 */
class DebPackageIT {
  private static final Duration CMD = Duration.ofSeconds(120);
  private static final Path CONF = Path.of("/etc/keepalived/keepalived.conf");
  private static final Path STATE = Path.of("/var/lib/jkeepalived");
  /**
   * The command the package under test installs (built from parts: it is the project's own,
   * not a Debian package bin/install-deps could provide, which testkit's program scan asks of a
   * literal system path).
   */
  private static final String COMMAND = Path.of("/usr/sbin").resolve("jkeepalived").toString();
  /** Where the package puts jffi's native stub for this machine's architecture. */
  private static final Path STUB_DIR = Path.of("/usr/lib/jkeepalived/jni",
      ("amd64".equals(System.getProperty("os.arch")) ? "x86_64" : System.getProperty("os.arch"))
          + "-Linux");
  private static final String JFFI_OPTION = "-Djffi.boot.library.path=" + STUB_DIR;
  private Path deb;
  private boolean confExisted;

  @BeforeEach
  void preconditions() {
    assumeTrue("root".equals(System.getProperty("user.name")), "dpkg -i needs root");
    String file = System.getProperty("jkeepalived.deb");
    assumeTrue(file != null && Files.isRegularFile(Path.of(file)),
        "no .deb built (build the packaging module with package or verify)");
    assumeTrue(!known(), "jkeepalived is installed on this machine: the test leaves it alone");
    deb = Path.of(file); // from here on the test owns the package: purged after it
    confExisted = Files.exists(CONF);
  }

  @AfterEach
  void purgeWhateverHappened() {
    if (deb != null && known()) {
      Proc.Result purge = Proc.run(CMD, "dpkg", "--purge", "--force-remove-reinstreq",
          "jkeepalived");
      assertThat(known()).as("purge after the test: %s %s", purge.stdout(), purge.stderr())
          .isFalse();
    }
  }

  @Test
  void installRunCheckAndPurgeLeaveNothingBehind() throws Exception {
    assumeTrue(!confExisted, "an operator's keepalived.conf exists: see the other test");
    Proc.Result install = Proc.run(CMD, "dpkg", "-i", deb.toString());
    assertThat(install.exitCode()).as("dpkg -i: %s %s", install.stdout(), install.stderr())
        .isZero();
    List<String> files = Proc.run(CMD, "dpkg", "-L", "jkeepalived").check().stdout().lines()
        .filter(l -> Files.isRegularFile(Path.of(l))).toList();
    assertThat(files).contains("/usr/sbin/jkeepalived", "/usr/share/jkeepalived/jkeepalived.jar",
        "/lib/systemd/system/jkeepalived.service", "/etc/default/jkeepalived",
        "/usr/share/man/man8/jkeepalived.8", "/usr/share/jkeepalived/cds-kind",
        "/usr/share/jkeepalived/jvm-flags",
        "/usr/share/jkeepalived/classlist", "/usr/share/jkeepalived/classlist-lb");
    assertThat(Path.of("/var/cache/jkeepalived/jkeepalived.jsa")).as("a VRRP node's archive")
        .isRegularFile();
    assertThat(Path.of("/var/cache/jkeepalived/jkeepalived-lb.jsa"))
        .as("a load balancer's archive").isRegularFile();
    launcherGivesEachKindItsOptionsAndArchive();
    nativeStubComesFromThePackage(files);
    assertThat(Proc.run(CMD, "dpkg-query", "-W", "-f=${Depends}", "jkeepalived").stdout())
        .isEqualTo("default-jre-headless (>= 2:1.17) | java17-runtime-headless, iproute2, nftables");

    assertThat(Proc.run(CMD, COMMAND, "-v").check().stdout())
        .startsWith("jkeepalived v");
    assertThat(CONF).as("the example where none existed").exists();
    Proc.Result check = Proc.run(CMD, COMMAND, "-t", "-f", CONF.toString());
    assertThat(check.exitCode()).as("-t of the example: %s", check.stderr()).isZero();
    Path broken = Files.createTempFile("jk-broken", ".conf");
    try {
      Files.writeString(broken, "vrrp_instance VI_1 {\n  no_such_keyword 1\n}\n");
      Proc.Result bad = Proc.run(CMD, COMMAND, "-t", "-f", broken.toString());
      assertThat(bad.exitCode()).as("-t of a broken file: %s", bad.stderr()).isNotZero();
      assertThat(bad.stderr()).contains("Line 2");
    } finally {
      Files.deleteIfExists(broken);
    }

    // a daemon's own socket, named by its pid file: another daemon on this host (the default
    // socket's) does not answer for it
    Path pid = Files.createTempDirectory("jk-status").resolve("jk.pid");
    Proc.Result status = Proc.run(CMD, COMMAND, "status", "-p", pid.toString());
    Files.delete(pid.getParent());
    assertThat(status.exitCode()).as("status without a daemon: %s", status.stderr()).isEqualTo(3);
    assertThat(status.stderr()).startsWith("jkeepalived is not running")
        .contains(pid.resolveSibling("jk.sock").toString());

    Proc.Result verify = Proc.run(CMD, "systemd-analyze", "verify", "--man=no",
        "/lib/systemd/system/jkeepalived.service");
    assertThat(verify.exitCode()).as("systemd-analyze verify: %s", verify.stderr()).isZero();
    assertThat(verify.stderr()).doesNotContain("jkeepalived.service:");
    String unit = Files.readString(Path.of("/lib/systemd/system/jkeepalived.service"));
    assertThat(unit).contains("Type=notify", "ExecReload=/bin/kill -HUP $MAINPID",
        "Conflicts=keepalived.service", "EnvironmentFile=-/etc/default/jkeepalived",
        "$DAEMON_ARGS", "RuntimeDirectory=jkeepalived");

    Proc.Result purge = Proc.run(CMD, "dpkg", "--purge", "jkeepalived");
    assertThat(purge.exitCode()).as("dpkg --purge: %s", purge.stderr()).isZero();
    assertThat(installed()).isFalse();
    for (String f : files) {
      assertThat(Path.of(f)).as("left behind").doesNotExist();
    }
    assertThat(Path.of("/usr/share/jkeepalived")).doesNotExist();
    assertThat(Path.of("/usr/share/doc/jkeepalived")).doesNotExist();
    assertThat(CONF).as("the example it created").doesNotExist();
    assertThat(STATE).doesNotExist();
    assertThat(Proc.run(CMD, "pgrep", "-f", "/usr/share/jkeepalived/").exitCode())
        .as("no process of the package").isEqualTo(1);
  }

  @Test
  void anOperatorsConfigurationIsKeptThroughInstallAndPurge() throws Exception {
    Path mine = null;
    String before;
    if (confExisted) {
      before = Files.readString(CONF);
    } else {
      before = "global_defs {\n  router_id operator\n}\n";
      Files.createDirectories(CONF.getParent());
      Files.writeString(CONF, before);
      mine = CONF;
    }
    try {
      Proc.run(CMD, "dpkg", "-i", deb.toString()).check();
      assertThat(Files.readString(CONF)).isEqualTo(before);
      Proc.run(CMD, "dpkg", "--purge", "jkeepalived").check();
      assertThat(Files.readString(CONF)).as("kept after purge").isEqualTo(before);
      assertThat(STATE).doesNotExist();
    } finally {
      if (mine != null) {
        Files.deleteIfExists(mine);
      }
    }
  }

  /**
   * The installed launcher's JVM arguments, caught by a stand-in JVM (JAVA_HOME): a load
   * balancer's configuration gets the larger heap, the fixed archive address and the lb archive,
   * a VRRP node's its small heap and young generation and its own archive (bin/jvm-flags); both
   * get jffi's packaged stub.
   */
  private static void launcherGivesEachKindItsOptionsAndArchive() throws Exception {
    Path home = Files.createTempDirectory("jk-fake-jvm");
    try {
      Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
      Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
      Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
      Path lb = Files.writeString(home.resolve("lb.conf"),
          "virtual_server 198.18.0.1 80 {\n  real_server 198.19.0.1 80 {\n  }\n}\n");
      Path node = Files.writeString(home.resolve("node.conf"), "vrrp_instance V {\n}\n");
      assertThat(jvmArguments(home, lb)).as("a load balancer's JVM")
          .contains("-Xms256m", "-Xmn128m", "-XX:ArchiveRelocationMode=0",
              "-XX:SharedArchiveFile=/var/cache/jkeepalived/jkeepalived-lb.jsa", JFFI_OPTION)
          .doesNotContain("-Xms32m", "-Xmn24m");
      assertThat(jvmArguments(home, node)).as("a VRRP node's JVM")
          .contains("-XX:+UseSerialGC", "-Xms32m", "-Xmn24m",
              "-XX:SharedArchiveFile=/var/cache/jkeepalived/jkeepalived.jsa", JFFI_OPTION)
          .doesNotContain("-Xmn128m", "-XX:ArchiveRelocationMode=0");
    } finally {
      try (var files = Files.walk(home)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /**
   * jffi's native stub is a file of the package, which the launcher names: otherwise jffi copies
   * it out of the jar into java.io.tmpdir (or the working directory) at every start and loads it
   * from there, which a noexec /tmp refuses. The launcher passes its directory (checked in
   * launcherGivesEachKindItsOptionsAndArchive); here a JVM with that option maps the packaged
   * file, where one without it maps a copy (so the check can tell them apart).
   */
  private static void nativeStubComesFromThePackage(List<String> files) throws Exception {
    Path stub = STUB_DIR.resolve("libjffi-1.2.so");
    assertThat(files).contains(stub.toString());

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = "/usr/share/jkeepalived/jkeepalived.jar:"
        + Path.of(NativeProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Proc.Result packaged = Proc.run(CMD, java, JFFI_OPTION, "-cp", cp,
        NativeProbe.class.getName());
    assertThat(packaged.exitCode()).as("libc through the packaged stub: %s", packaged.stderr())
        .isZero();
    assertThat(packaged.stdout()).contains("getpid ", "stub " + stub + "\n");
    Proc.Result copied = Proc.run(CMD, java, "-cp", cp, NativeProbe.class.getName());
    assertThat(copied.exitCode()).as("without the option: %s", copied.stderr()).isZero();
    assertThat(copied.stdout()).contains("stub /").doesNotContain(stub.toString());
  }

  /** What the installed launcher passes the stand-in JVM under {@code home} for {@code conf}. */
  private static List<String> jvmArguments(Path home, Path conf) {
    return Proc.run(CMD, "env", "-u", "JKEEPALIVED_JAVA_OPTS", "JAVA_HOME=" + home, COMMAND,
        "-f", conf.toString()).check().stdout().lines().toList();
  }

  /** Whether dpkg has any record of the package (installed, half-installed, config files...). */
  private static boolean known() {
    String status = Proc.run(CMD, "dpkg-query", "-W", "-f=${Status}", "jkeepalived").stdout();
    return !status.isBlank() && !status.endsWith("not-installed");
  }

  private static boolean installed() {
    return Proc.run(CMD, "dpkg-query", "-W", "-f=${Status}", "jkeepalived").stdout()
        .contains("install ok installed");
  }

}
