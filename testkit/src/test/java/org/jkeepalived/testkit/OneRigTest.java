package org.jkeepalived.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tests make network namespaces only through testkit's {@link Netns}, whose names come from
 * {@link RigNames}: a test that runs {@code ip netns add} itself, or names a namespace with a
 * literal, can collide with another test or another test JVM (issue 10 item 5). Reads the Java
 * test sources of every module but testkit, and the scenario rig in {@code test/src/main}.
 */
class OneRigTest {
  private static final Path TOP = ProgramScan.projectRoot();

  /** {@code "netns", "add"} as command words, or {@code netns add} inside one string. */
  static final Pattern CREATES =
      Pattern.compile("\"netns\"\\s*,\\s*\"add\"|\"[^\"\\n]*\\bnetns\\s+add\\b[^\"\\n]*\"");
  /**
   * A literal where a namespace name goes: after {@code ip -n}, {@code ip netns exec|del|pids},
   * {@code ... netns} (moving a link), in {@code NetNamespace.named(...)}, or a constant named
   * like a namespace.
   */
  static final Pattern NAMES = Pattern.compile(
      "\"ip\"\\s*,\\s*\"-n\"\\s*,\\s*\"[^\"]+\""
          + "|\"netns\"\\s*,\\s*\"(?:exec|del|delete|pids)\"\\s*,\\s*\"[^\"]+\""
          + "|\"netns\"\\s*,\\s*\"(?!exec\"|add\"|del\"|delete\"|pids\"|list\"|identify\")[^\"]+\""
          + "|NetNamespace\\.named\\(\\s*\"[^\"/]*\""
          + "|String\\s+(?:NS\\w*|\\w*_NS|\\w*NETNS\\w*)\\s*=\\s*\"[^\"]*\"");

  @Test
  void noTestOutsideTestkitCreatesOrNamesANamespaceItself() throws Exception {
    List<String> offences = new ArrayList<>();
    for (Path f : sources()) {
      String text = Files.readString(f);
      offences.addAll(find(CREATES, text, f, "runs ip netns add (use testkit's Netns.create)"));
      offences.addAll(find(NAMES, text, f, "hard-codes a namespace name (use Netns/RigNames)"));
    }
    if (!offences.isEmpty()) {
      fail("namespaces made or named outside testkit's rig:\n  " + String.join("\n  ", offences));
    }
  }

  @Test
  void theScanSeesTheSourcesAndCatchesTheOldWays() throws Exception {
    assertTrue(sources().size() > 100, "found the test sources: " + sources().size());
    String old = """
        sh("ip", "netns", "add", NS);
        private static final String NS_J = "jkv2j";
        sh("ip", "-n", "jkvi1", "link", "set", "lo", "up");
        p("ip", "link", "add", "a", "type", "veth", "peer", "name", "b", "netns", "jkwi3");
        NetNamespace.named("jkln7");
        run("ip netns add jkx && ip netns exec jkx true");
        """;
    assertEquals(2, find(CREATES, old, Path.of("Old.java"), "").size());
    assertEquals(4, find(NAMES, old, Path.of("Old.java"), "").size());
    String fine = """
        Netns.create("lab");
        ns.ip("link", "add", "eth0", "type", "veth", "peer", "name", "p0", "netns", other.name());
        Proc.run(CMD, "ip", "netns", "exec", ns.name(), "sysctl", "-n", "net.x");
        Proc.run(CMD, "ip", "netns", "list");
        """;
    assertEquals(List.of(), find(NAMES, fine, Path.of("Fine.java"), ""));
    assertEquals(List.of(), find(CREATES, fine, Path.of("Fine.java"), ""));
  }

  private static List<String> find(Pattern p, String text, Path file, String why) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
      out.add(TOP.relativize(file.toAbsolutePath()) + ":" + line + " " + why + ": " + m.group());
    }
    return out;
  }

  private static List<Path> sources() throws Exception {
    List<Path> dirs = new ArrayList<>();
    try (Stream<Path> modules = Files.list(TOP)) {
      modules.filter(m -> !m.getFileName().toString().equals("testkit"))
          .map(m -> m.resolve("src/test/java")).filter(Files::isDirectory).forEach(dirs::add);
    }
    dirs.add(TOP.resolve("test/src/main/java"));
    List<Path> files = new ArrayList<>();
    for (Path d : dirs) {
      files.addAll(ProgramScan.files(d, p -> p.toString().endsWith(".java")));
    }
    return files;
  }
}
