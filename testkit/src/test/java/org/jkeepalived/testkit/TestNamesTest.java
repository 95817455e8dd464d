package org.jkeepalived.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A test class's name says what it needs (README, "Tests"): a {@code *Test} runs in the JVM alone;
 * a {@code *IT} needs root, network namespaces, a VM, an outside program or a real peer. Reads
 * every module's {@code src/test/java} and holds each {@code *Test} and {@code *IT} class to its
 * name. A class needs the outside when its source, comments left out:
 *
 * <ol>
 *   <li>names the namespace rig: testkit's {@code Netns}, linux's {@code NetnsLab}, agent's
 *       {@code NsPair}, or the scenario rig built on them ({@code VrrpLab},
 *       {@code TwoNodeScenario}), or testkit's qemu guest with IPVS ({@code IpvsGuest});
 *   <li>runs {@code ip netns} or {@code ip -n} (as command words);
 *   <li>assumes root: {@code assumeRoot...}, or an {@code assume...(...)} whose condition or
 *       message says root or {@code uid() == 0};
 *   <li>starts a process ({@code ProcessBuilder}, {@code Proc.run}, {@code Runtime.exec}) and
 *       names, in a string, a program that a bare Debian root lacks ({@link ProgramScan} knows it
 *       and its package is not in {@link Programs#BASE}): sh, mkfifo and the like keep a test
 *       in-JVM, and so does naming keepalived in a configuration without starting anything.
 * </ol>
 *
 * The source scans that quote such code as data ({@link OneRigTest}, {@link
 * ProgramsInstalledTest} and this class) are left out.
 */
class TestNamesTest {
  private static final Path TOP = ProgramScan.projectRoot();

  /** Tests that read other sources and quote what they look for. */
  static final Set<String> SCANS = Set.of("OneRigTest", "ProgramsInstalledTest", "TestNamesTest");

  static final Pattern RIG =
      Pattern.compile("\\b(?:Netns|NetnsLab|NetnsLabExtension|NsPair|VrrpLab|TwoNodeScenario|IpvsGuest)\\b");
  static final Pattern IP_NETNS =
      Pattern.compile("\"ip\"\\s*,\\s*\"(?:netns|-n)\"|\"ip\\s+(?:netns|-n)\\s[^\"]*\"");
  static final Pattern ROOT = Pattern.compile(
      "\\bassume\\w*Root\\w*\\("
          + "|\\bassume(?:True|False|That)\\([^;]*?(?:\\broot\\b|uid\\(\\)\\s*==\\s*0)",
      Pattern.CASE_INSENSITIVE);
  /** A test that requires an outside program by name, then starts it through a shared helper. */
  static final Pattern REQUIRES = Pattern.compile("\\bPrograms\\.require\\(\"([^\"]+)\"");
  static final Pattern STARTS =
      Pattern.compile("\\bnew ProcessBuilder\\(|\\bProc\\.run\\(|\\bgetRuntime\\(\\)\\.exec\\(");
  private static final Pattern COMMENTS = Pattern.compile(
      "/\\*.*?\\*/|(?m)^\\s*//[^\n]*", Pattern.DOTALL);

  @Test
  void everyTestClassIsNamedForWhatItNeeds() throws Exception {
    List<String> offences = new ArrayList<>();
    for (Path f : sources()) {
      String name = f.getFileName().toString().replaceFirst("\\.java$", "");
      if (SCANS.contains(name)) {
        continue;
      }
      Optional<String> why = needsOutside(f, Files.readString(f));
      String rel = TOP.relativize(f.toAbsolutePath()).toString();
      if (name.endsWith("Test") && why.isPresent()) {
        offences.add(rel + ": an in-JVM *Test " + why.get() + ": name it *IT");
      } else if (name.endsWith("IT") && why.isEmpty()) {
        offences.add(rel + ": an *IT that needs nothing from outside the JVM: name it *Test");
      }
    }
    if (!offences.isEmpty()) {
      fail("test names that lie (README, \"Tests\"):\n  " + String.join("\n  ", offences));
    }
  }

  @Test
  void theRulesTellTheTwoKindsApart() throws Exception {
    assertTrue(sources().size() > 150, "found the test sources: " + sources().size());
    Path f = Path.of("X.java");
    for (String outside : List.of(
        "try (Netns ns = Netns.create(\"lab\")) {",
        "try (NetnsLab lab = NetnsLab.create()) {",
        "NetnsLab.assumeRootAndNative();",
        "assumeTrue(root(), \"needs root\");",
        "assumeTrue(self().uid() == 0, \"scripts switch user\");",
        "Proc.run(WAIT, \"ip\", \"netns\", \"exec\", name, \"true\");",
        "new ProcessBuilder(\"snmpget\", \"-v2c\", \"-c\", \"public\", target).start();",
        "Proc.run(WAIT, \"keepalived\", \"-v\");",
        "Programs.require(\"snmpget\"); List<String> out = v3(\"snmpget\", user);",
        "// started below\nnew ProcessBuilder(List.of(\"smilint\", \"-l\", \"3\")).start();")) {
      assertTrue(needsOutside(f, outside).isPresent(), outside);
    }
    for (String inJvm : List.of(
        "// uses Netns in a comment only\nint x = 1;",
        "// a comment ends at its line\nint x = 1;\n// but not the file",
        "/** Unlike {@link Netns}, needs nothing. */ int x = 1;",
        "String line = \"### jklab start ip netns exec jklb1 keepalived -n -l -D\";",
        "Process p = new ProcessBuilder(\"mkfifo\", fifo.toString()).start();",
        "String daemon = \"keepalived\"; String tracked = \"haproxy\";",
        "config.extraGlobal(\"  script_user root\\n\");")) {
      assertEquals(Optional.empty(), needsOutside(f, inJvm), inJvm);
    }
  }

  /** Why the class needs something outside the JVM, or empty when it runs in the JVM alone. */
  static Optional<String> needsOutside(Path file, String source) throws Exception {
    String code = COMMENTS.matcher(source).replaceAll("");
    Matcher m = RIG.matcher(code);
    if (m.find()) {
      return Optional.of("uses the namespace rig (" + m.group() + ")");
    }
    m = IP_NETNS.matcher(code);
    if (m.find()) {
      return Optional.of("runs " + m.group());
    }
    m = ROOT.matcher(code);
    if (m.find()) {
      return Optional.of("assumes root (" + m.group() + ")");
    }
    m = REQUIRES.matcher(code);
    while (m.find()) {
      String pkg = Programs.packageOf(m.group(1)).orElse("?");
      if (!Programs.BASE.contains(pkg)) {
        return Optional.of("requires " + m.group(1) + " (" + pkg + ")");
      }
    }
    if (!STARTS.matcher(code).find()) {
      return Optional.empty();
    }
    Path tmp = Files.createTempFile("testnames", ".java");
    try {
      Files.writeString(tmp, code);
      ProgramScan scan = new ProgramScan();
      scan.scanJava(tmp);
      for (ProgramScan.Use use : scan.known) {
        String pkg = Programs.packageOf(use.program()).orElse("?");
        if (!Programs.BASE.contains(pkg)) {
          return Optional.of("starts " + use.program() + " (" + pkg + ")");
        }
      }
    } finally {
      Files.delete(tmp);
    }
    return Optional.empty();
  }

  private static List<Path> sources() {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> modules = Files.list(TOP)) {
      for (Path m : modules.sorted().toList()) {
        files.addAll(ProgramScan.files(m.resolve("src/test/java"), p -> {
          String n = p.getFileName().toString();
          return n.endsWith("Test.java") || n.endsWith("IT.java");
        }));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return files;
  }
}
