package org.jkeepalived.mibs.oid;

import org.jkeepalived.testkit.Proc;

import org.jkeepalived.testkit.Programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks our MIB modules with libsmi's smilint and net-snmp's snmptranslate. The base modules they
 * import (SNMPv2-SMI, IF-MIB...) come from src/main/mib/imports: Debian ships the IETF MIB files
 * only in non-free snmp-mibs-downloader. Any error fails; warnings are printed.
 */
class MibLintIT {
  static final Path MIB_DIR = Path.of("src/main/mib");
  static final Path IMPORTS = MIB_DIR.resolve("imports");

  record Result(int exit, String out) {}

  static Result run(List<String> command) throws IOException, InterruptedException {
    Proc.requirePrograms(command);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    // SMIPATH replaces libsmi's search path, so only our modules and stand-ins are found.
    pb.environment().put("SMIPATH", MIB_DIR.toAbsolutePath() + ":" + IMPORTS.toAbsolutePath());
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "KEEPALIVED-MIB",
        "VRRP-MIB",
        "VRRPv3-MIB",
        "BFD-STD-MIB",
        "BFD-TC-STD-MIB",
        "IANA-BFD-TC-STD-MIB"
      })
  void smilintFindsNoError(String module) throws Exception {
    Programs.require("smilint"); // a missing tool fails naming its package; never a skip
    Path file = MIB_DIR.resolve(module + ".txt").toAbsolutePath();
    Result r = run(List.of("smilint", "-l", "3", file.toString()));
    // Only our module's own diagnostics count; the stand-ins are not under test here.
    List<String> ours =
        r.out().lines().filter(l -> l.startsWith(file.toString())).collect(Collectors.toList());
    ours.stream().filter(l -> l.contains("warning")).forEach(l -> System.out.println("smilint: " + l));
    assertThat(ours.stream().filter(l -> !l.contains("warning")))
        .as("smilint errors in %s", module)
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"KEEPALIVED-MIB", "VRRP-MIB", "VRRPV3-MIB", "BFD-STD-MIB"})
  void snmptranslateLoadsTheModuleCleanly(String module) throws Exception {
    Programs.require("snmptranslate");
    String dirs = MIB_DIR.toAbsolutePath() + ":" + IMPORTS.toAbsolutePath();
    Result r = run(List.of("snmptranslate", "-M", dirs, "-m", module, "-Tp"));
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out()).doesNotContain("Cannot find module", "Unlinked OID", "Bad operator", "error");
    assertThat(r.out().lines().count()).isGreaterThan(20);
  }
}
