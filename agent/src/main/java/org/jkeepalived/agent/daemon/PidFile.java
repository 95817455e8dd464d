package org.jkeepalived.agent.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A pid file as keepalived keeps them: the decimal pid and a newline, refused when another live
 * process already holds it, removed on clean exit.
 */
public final class PidFile implements AutoCloseable {
  private final Path path;
  private final long pid;

  private PidFile(Path path, long pid) {
    this.path = path;
    this.pid = pid;
  }

  /**
   * Writes {@code pid} to {@code path}.
   *
   * @throws IOException if the file cannot be written or names another running process
   */
  public static PidFile create(Path path, long pid) throws IOException {
    Optional<Long> holder = read(path);
    if (holder.isPresent() && holder.get() != pid && isAlive(holder.get())) {
      throw new IOException(
          "daemon is already running: pid file " + path + " names running process " + holder.get());
    }
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(
        path,
        pid + "\n",
        StandardCharsets.US_ASCII,
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE);
    return new PidFile(path, pid);
  }

  /** The pid recorded in {@code path}, if it holds one. */
  public static Optional<Long> read(Path path) {
    try {
      return Optional.of(Long.parseLong(Files.readString(path, StandardCharsets.US_ASCII).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean isAlive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  public Path path() {
    return path;
  }

  /** Removes the file if it still names this process. */
  @Override
  public void close() {
    if (read(path).filter(p -> p == pid).isPresent()) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // Nothing more can be done at exit; a stale pid file is detected by the next start.
      }
    }
  }
}
