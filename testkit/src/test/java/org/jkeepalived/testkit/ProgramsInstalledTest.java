package org.jkeepalived.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every program that a test, benchmark, the demo or a lab script starts is installed by
 * bin/install-deps (or is part of every Debian root, or is the JDK and Maven the README asks for).
 * A green run on a machine that happens to have a program hides a missing install step; this test
 * reads the sources instead of the machine.
 */
class ProgramsInstalledTest {
  private static final Path TOP = ProgramScan.projectRoot();

  @Test
  void everyProgramTheSourcesStartIsInstalledByInstallDeps() {
    ProgramScan scan = scanAll();
    Set<String> listed = installDepsPackages();
    Map<String, List<ProgramScan.Use>> missing = new TreeMap<>();
    for (ProgramScan.Use use : scan.known) {
      String pkg = Programs.packageOf(use.program()).orElseThrow();
      if (!listed.contains(pkg) && !Programs.BASE.contains(pkg)) {
        missing.computeIfAbsent(pkg, k -> new ArrayList<>()).add(use);
      }
    }
    if (!missing.isEmpty()) {
      StringBuilder b = new StringBuilder("bin/install-deps does not install:\n");
      missing.forEach((pkg, uses) -> b.append("  ").append(pkg).append(" for ")
          .append(uses.subList(0, Math.min(3, uses.size()))).append('\n'));
      fail(b.toString());
    }
    assertTrue(scan.known.size() > 50, "the scan found the programs the tests start: "
        + scan.known.size());
  }

  @Test
  void everyProgramTheSourcesStartHasItsDebianPackageWrittenDown() {
    ProgramScan scan = scanAll();
    if (!scan.unknown.isEmpty()) {
      Set<String> lines = new LinkedHashSet<>();
      scan.unknown.forEach(u -> lines.add("  " + u));
      fail("programs with no Debian package in testkit's Programs table (add them, and the"
          + " package to bin/install-deps):\n" + String.join("\n", lines));
    }
  }

  @Test
  void installDepsListsOnlyPackagesThatExistInTheTable() {
    // a package listed for no known program is either a typo or a program missing from the table
    Set<String> tablePackages = new java.util.HashSet<>(Programs.all().values());
    for (String pkg : installDepsPackages()) {
      assertTrue(tablePackages.contains(pkg) || LIBRARIES_AND_DATA.contains(pkg),
          pkg + " is in bin/install-deps but no program of Programs comes from it");
    }
  }

  /** Packages install-deps lists for what they bring besides a program. */
  private static final Set<String> LIBRARIES_AND_DATA = Set.of("ca-certificates");

  @Test
  void aMissingProgramFailsNamingItsPackage() {
    MissingProgramException e = assertThrows(MissingProgramException.class,
        () -> Programs.require("/nonexistent/dir/ping"));
    assertEquals("ping is not installed (Debian package iputils-ping)", e.getMessage());
    assertEquals("iputils-ping", e.debianPackage());
  }

  @Test
  void procNamesTheProgramBehindANamespaceExec() {
    assertEquals(List.of("ip", "ping"),
        Programs.started(List.of("ip", "netns", "exec", "jkns1", "ping", "-c", "1", "198.18.0.1")));
    assertEquals(List.of("timeout", "snmpwalk"),
        Programs.started(List.of("timeout", "5", "snmpwalk", "-v2c", "-c", "public", "x")));
    assertEquals(List.of("ip", "nsenter", "tshark"), Programs.started(
        List.of("ip", "netns", "exec", "n", "nsenter", "--net=/x", "tshark", "-i", "eth0")));
    assertEquals(List.of("ip"), Programs.started(List.of("ip", "-n", "x", "link")));
  }

  @Test
  void anUnknownProgramIsLeftToTheCaller() {
    // not in the table: Proc reports exit 127 as before, nothing is thrown
    Programs.require("/nonexistent/jk-no-such-tool");
    Proc.Result r = Proc.run(java.time.Duration.ofSeconds(5), "/nonexistent/jk-no-such-tool");
    assertEquals(127, r.exitCode());
    assertFalse(r.ok());
  }

  private static ProgramScan scanAll() {
    ProgramScan scan = new ProgramScan();
    List<Path> shell = new ArrayList<>();
    shell.addAll(ProgramScan.files(TOP.resolve("bin"), p -> true));
    shell.addAll(ProgramScan.files(TOP.resolve(".ci"), p -> true));
    shell.addAll(ProgramScan.files(TOP.resolve("bench"), ProgramScan::isShell));
    shell.addAll(ProgramScan.files(TOP.resolve("demo"), ProgramScan::isShell));
    Path lab = TOP.resolve("../shared/lab").normalize();
    shell.addAll(ProgramScan.files(lab, ProgramScan::isShell));
    shell.forEach(scan::collectShellFunctions);
    shell.forEach(scan::scanShell);
    ProgramScan.files(TOP, p -> p.toString().endsWith(".java")
        && !p.toString().contains("/testkit/src/")).forEach(scan::scanJava);
    ProgramScan.files(TOP.resolve("bench"), p -> p.toString().endsWith(".py"))
        .forEach(scan::scanPython);
    ProgramScan.files(lab, p -> p.toString().endsWith(".py")).forEach(scan::scanPython);
    return scan;
  }

  /** The packages bin/install-deps installs: its {@code packages=(...)} list. */
  static Set<String> installDepsPackages() {
    String text = String.join("\n", ProgramScan.read(TOP.resolve("bin/install-deps")));
    Matcher m = Pattern.compile("(?s)\\npackages=\\((.*?)\\)").matcher(text);
    assertTrue(m.find(), "bin/install-deps has a packages=(...) list");
    Set<String> out = new LinkedHashSet<>();
    for (String line : m.group(1).split("\n")) {
      String code = line.replaceAll("#.*", "").strip();
      for (String w : code.split("\\s+")) {
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
    }
    return out;
  }
}
