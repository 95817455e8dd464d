package org.jkeepalived.test.rig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the {@code shared/} folder that sits beside the project (reference data, lab scripts). */
public final class SharedData {
  private SharedData() {}

  /** {@code shared/} beside the project root, searched upwards from the working directory. */
  public static Optional<Path> root() {
    String override = System.getProperty("jkeepalived.shared");
    if (override != null) {
      return Optional.of(Path.of(override));
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("conformance"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
