package org.jkeepalived.test.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No in-memory fake ships in the daemon: a class named {@code Fake...} belongs in its module's
 * src/test, published to other modules' tests as a test-jar (issue 10). Walks every src/main of the
 * tree (modules, and anything else with one) and names each offending file.
 */
class NoFakesInMainTest {
  /** A top-level or nested type declared with a Fake name. */
  private static final Pattern FAKE_TYPE =
      Pattern.compile("\\b(?:class|interface|enum|record)\\s+(Fake[A-Z0-9_]\\w*)");

  /** Files allowed in src/main all the same: none (FakeScheduler lives in engine-kit's test-jar). */
  private static final Set<String> PENDING = Set.of();

  @Test
  void noModuleShipsAFakeInSrcMain() {
    Path root = repoRoot();
    List<Path> mains = srcMains(root);
    // Not vacuous: the walk reached the src/main of every module the parent pom lists that has one.
    List<Path> moduleMains = modules(root).stream().map(m -> root.resolve(m).resolve("src/main"))
        .filter(Files::isDirectory).toList();
    assertThat(moduleMains).isNotEmpty();
    assertThat(mains).containsAll(moduleMains);
    List<String> offenders = new ArrayList<>();
    for (Path main : mains) {
      offenders.addAll(fakesUnder(root, main));
    }
    offenders.removeAll(PENDING);
    assertThat(offenders)
        .as("Fake classes in src/main (move them to the module's src/test)")
        .isEmpty();
  }

  @Test
  void namesFakeFilesAndNestedFakesButNotOtherClasses(@TempDir Path root) throws IOException {
    Path pkg = Files.createDirectories(root.resolve("m/src/main/java/p"));
    Files.writeString(pkg.resolve("FakeThing.java"), "package p; class FakeThing {}");
    Files.writeString(pkg.resolve("Real.java"),
        "package p; /** Tests use a FakeReal. */ class Real { static final class FakeInner {} }");
    Files.writeString(pkg.resolve("Fakery.java"), "package p; class Fakery {}");
    Files.writeString(pkg.resolve("Plain.java"), "package p; class Plain {}");
    Path test = Files.createDirectories(root.resolve("m/src/test/java/p"));
    Files.writeString(test.resolve("FakeOk.java"), "package p; class FakeOk {}");

    List<String> found = new ArrayList<>();
    for (Path main : srcMains(root)) {
      found.addAll(fakesUnder(root, main));
    }

    assertThat(found).containsExactlyInAnyOrder(
        "m/src/main/java/p/FakeThing.java", "m/src/main/java/p/Real.java (FakeInner)");
  }

  /** The parent of the test module (surefire's basedir), checked to be the jkeepalived root. */
  private static Path repoRoot() {
    Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    Path root = module.toAbsolutePath().normalize().getParent();
    assertThat(read(root.resolve("pom.xml"))).contains("<artifactId>jkeepalived-parent</artifactId>");
    return root;
  }

  private static Set<String> modules(Path root) {
    Set<String> modules = new TreeSet<>();
    Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(read(root.resolve("pom.xml")));
    while (m.find()) {
      modules.add(m.group(1).trim());
    }
    assertThat(modules).isNotEmpty();
    return modules;
  }

  /** Every {@code src/main} below root, skipping build output and hidden directories. */
  private static List<Path> srcMains(Path root) {
    List<Path> mains = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          if (!dir.equals(root) && (name.startsWith(".") || name.equals("target")
              || name.equals("node_modules"))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          if (name.equals("main") && dir.getParent() != null
              && dir.getParent().getFileName().toString().equals("src")) {
            mains.add(dir);
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return mains;
  }

  /**
   * Files under main named {@code Fake*.java}, as paths from root, and files declaring a nested
   * Fake type, as {@code path (FakeName)}.
   */
  private static List<String> fakesUnder(Path root, Path main) {
    List<String> found = new ArrayList<>();
    try (var files = Files.walk(main)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String rel = root.relativize(f).toString().replace('\\', '/');
        String top = f.getFileName().toString().replaceFirst("\\.java$", "");
        if (top.startsWith("Fake") && !top.equals("Fake") && Character.isUpperCase(top.charAt(4))) {
          found.add(rel);
          continue;
        }
        Matcher m = FAKE_TYPE.matcher(read(f));
        while (m.find()) {
          found.add(rel + " (" + m.group(1) + ")");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
