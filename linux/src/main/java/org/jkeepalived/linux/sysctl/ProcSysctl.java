package org.jkeepalived.linux.sysctl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@link Sysctl} over the files of /proc/sys (or another root, for tests). /proc/sys shows the
 * network namespace of the process that opened /proc, i.e. the daemon's own.
 */
public final class ProcSysctl implements Sysctl {
  private final Path root;

  public ProcSysctl(Path root) {
    this.root = root;
  }

  /** The running system's /proc/sys. */
  public static ProcSysctl system() {
    return new ProcSysctl(Path.of("/proc/sys"));
  }

  @Override
  public Optional<String> read(String path) throws IOException {
    try {
      return Optional.of(Files.readString(resolve(path), StandardCharsets.US_ASCII).trim());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  @Override
  public void write(String path, String value) throws IOException {
    Path p = resolve(path);
    if (!Files.exists(p)) {
      throw new NoSuchFileException(p.toString());
    }
    Files.writeString(p, value + "\n", StandardCharsets.US_ASCII,
        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
  }

  @Override
  public java.util.List<String> children(String path) throws IOException {
    Path dir = resolve(path);
    if (!Files.isDirectory(dir)) {
      return java.util.List.of();
    }
    try (java.util.stream.Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private Path resolve(String path) {
    Path p = root.resolve(path).normalize();
    if (!p.startsWith(root) || path.startsWith("/")) {
      throw new IllegalArgumentException("not below " + root + ": " + path);
    }
    return p;
  }
}
