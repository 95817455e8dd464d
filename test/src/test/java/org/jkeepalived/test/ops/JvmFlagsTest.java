package org.jkeepalived.test.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jkeepalived.testkit.Proc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/jvm-flags, the JVM options of each kind of daemon, and bin/jkeepalived, which starts the
 * JVM with the options and the archive of the kind bin/cds-kind names (the package's launcher
 * runs the same two scripts; DebPackageIT checks it installed). A VRRP node keeps the options its
 * footprint was measured with (issue 15); a load balancer gets a larger heap and young generation
 * and the archive mapped where it was dumped (issue 11, bench/lvs), and C2 when it will forward
 * in user space (issue 14, bench/forwarder). Losing any of these fails here.
 */
class JvmFlagsTest {
  /** The VRRP node's options as issue 15 measured them: any change moves a node's RSS. */
  static final List<String> NODE = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmn24m", "-Xss512k",
      "-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=5",
      "-XX:TrimNativeHeapInterval=5000", "-Xshare:auto", "-XX:-UsePerfData",
      "-XX:+UnlockDiagnosticVMOptions", "-XX:AsyncDeflationInterval=0",
      "-XX:GuaranteedSafepointInterval=0", "-Djdk.lang.Process.launchMechanism=VFORK");
  /** What makes a load balancer's start shorter in the guest (bin/jvm-flags says how much). */
  static final List<String> LB_ONLY =
      List.of("-Xms256m", "-Xmn128m", "-XX:ArchiveRelocationMode=0");

  @TempDir
  Path dir;

  @Test
  void aVrrpNodeKeepsItsFootprintOptions() {
    assertThat(flags("node")).containsExactlyInAnyOrderElementsOf(NODE);
  }

  @Test
  void aLoadBalancerHasALargerHeapAndAFixedArchiveAddress() {
    List<String> lb = flags("lb", "-f", "x.conf", "--lvs-dataplane=ipvs");
    assertThat(lb).containsAll(LB_ONLY).doesNotContain("-Xms32m", "-Xmn24m", "-XX:+UseG1GC");
    // the rest as the node's, and the diagnostic option after the switch that unlocks it
    assertThat(lb).contains("-XX:+UseSerialGC").containsAll(NODE.subList(3, NODE.size()));
    assertThat(lb.indexOf("-XX:ArchiveRelocationMode=0"))
        .isGreaterThan(lb.indexOf("-XX:+UnlockDiagnosticVMOptions"));
  }

  @Test
  void aLoadBalancerThatForwardsInUserSpaceGetsC2() {
    List<String> c1 = flags("lb", "--lvs-dataplane", "ipvs");
    for (List<String> forwarding : List.of(flags("lb", "--lvs-dataplane=userspace"),
        flags("lb", "-f", "x.conf", "--lvs-dataplane", "userspace"))) {
      assertThat(forwarding).as("the userspace dataplane: full tiered compilation")
          .doesNotContain("-XX:TieredStopAtLevel=1").containsAll(LB_ONLY);
      assertThat(c1).containsAll(forwarding).contains("-XX:TieredStopAtLevel=1");
    }
    // a node never forwards: its options do not depend on the dataplane
    assertThat(flags("node", "--lvs-dataplane=userspace"))
        .containsExactlyInAnyOrderElementsOf(NODE);
  }

  @Test
  void anUnknownKindIsRefused() {
    Proc.Result r = Proc.run(Duration.ofSeconds(10), "/bin/sh", script("jvm-flags").toString(),
        "router");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains("usage");
  }

  @Test
  void thisJvmAcceptsBothProfiles() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (String kind : List.of("node", "lb")) {
      for (String dataplane : List.of("--lvs-dataplane=ipvs", "--lvs-dataplane=userspace")) {
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(flags(kind, dataplane));
        cmd.add("-version");
        Proc.Result r = Proc.run(Duration.ofSeconds(60), cmd.toArray(String[]::new));
        assertThat(r.exitCode()).as("%s %s: %s", kind, dataplane, r.stderr()).isZero();
        assertThat(r.stderr()).as(kind).doesNotContain("Unrecognized", "Warning");
      }
    }
  }

  @Test
  void theLauncherStartsEachKindWithItsOptionsAndArchive() throws IOException {
    Path top = tree();
    Path lb = Files.writeString(dir.resolve("lb.conf"),
        "virtual_server 198.18.0.1 80 {\n  real_server 198.19.0.1 80 {\n  }\n}\n");
    Path node = Files.writeString(dir.resolve("node.conf"), "vrrp_instance V {\n}\n");

    List<String> lbArgs = launch(top, "-n", "-f", lb.toString(), "--lvs-dataplane=ipvs");
    assertThat(lbArgs).containsAll(LB_ONLY).doesNotContain("-Xmn24m")
        .contains("-XX:TieredStopAtLevel=1")
        .contains("-XX:SharedArchiveFile=" + top.resolve("agent/target/jkeepalived-lb.jsa"))
        .endsWith("-jar", top.resolve("agent/target/jkeepalived-all.jar").toString(), "-n", "-f",
            lb.toString(), "--lvs-dataplane=ipvs");
    assertThat(launch(top, "-f", lb.toString(), "--lvs-dataplane=userspace"))
        .as("the launcher passes the daemon's arguments to jvm-flags")
        .doesNotContain("-XX:TieredStopAtLevel=1").containsAll(LB_ONLY);

    List<String> nodeArgs = launch(top, "-f", node.toString());
    assertThat(nodeArgs).containsAll(NODE).doesNotContainAnyElementsOf(LB_ONLY)
        .contains("-XX:SharedArchiveFile=" + top.resolve("agent/target/jkeepalived.jsa"));
  }

  /** A copy of the launcher's tree: its scripts, an empty jar and two archives newer than it. */
  private Path tree() throws IOException {
    Path top = dir.resolve("tree");
    Files.createDirectories(top.resolve("bin"));
    for (String s : List.of("jkeepalived", "cds-kind", "jvm-flags")) {
      Path to = top.resolve("bin").resolve(s);
      Files.copy(script(s), to);
      Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Path target = Files.createDirectories(top.resolve("agent/target"));
    Instant jarTime = Instant.now().minusSeconds(60);
    Files.setLastModifiedTime(Files.createFile(target.resolve("jkeepalived-all.jar")),
        FileTime.from(jarTime));
    for (String jsa : List.of("jkeepalived.jsa", "jkeepalived-lb.jsa")) {
      Files.setLastModifiedTime(Files.createFile(target.resolve(jsa)),
          FileTime.from(jarTime.plusSeconds(30)));
    }
    return top;
  }

  /** The arguments the launcher gives the JVM, caught by a stand-in first on PATH. */
  private List<String> launch(Path top, String... args) throws IOException {
    Path fakeBin = Files.createDirectories(dir.resolve("fake-bin"));
    Path stand = fakeBin.resolve("java");
    Files.writeString(stand, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
    Files.setPosixFilePermissions(stand, PosixFilePermissions.fromString("rwxr-xr-x"));
    List<String> cmd = new ArrayList<>(List.of("/usr/bin/env", "-u", "JKEEPALIVED_JAVA_OPTS",
        "PATH=" + fakeBin + ":" + System.getenv("PATH"), "/bin/bash",
        top.resolve("bin/jkeepalived").toString()));
    cmd.addAll(Arrays.asList(args));
    Proc.Result r = Proc.run(Duration.ofSeconds(30), cmd.toArray(String[]::new));
    assertThat(r.exitCode()).as("launcher: %s", r.stderr()).isZero();
    return r.stdout().lines().toList();
  }

  static List<String> flags(String kind, String... daemonArgs) {
    List<String> cmd = new ArrayList<>(List.of("/bin/sh", script("jvm-flags").toString(), kind));
    cmd.addAll(Arrays.asList(daemonArgs));
    Proc.Result r = Proc.run(Duration.ofSeconds(10), cmd.toArray(String[]::new));
    assertThat(r.exitCode()).as("jvm-flags %s: %s", kind, r.stderr()).isZero();
    return Arrays.asList(r.stdout().strip().split("\\s+"));
  }

  /** The checkout's bin/NAME (surefire runs in the module directory, test/). */
  private static Path script(String name) {
    Path d = Path.of("").toAbsolutePath();
    while (d != null && !Files.isRegularFile(d.resolve("bin").resolve(name))) {
      d = d.getParent();
    }
    assertThat(d).as("no bin/%s above the working directory", name).isNotNull();
    return d.resolve("bin").resolve(name);
  }
}
