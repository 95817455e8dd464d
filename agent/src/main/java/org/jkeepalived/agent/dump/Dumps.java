package org.jkeepalived.agent.dump;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import org.jkeepalived.mibs.store.StoreSnapshot;

/**
 * keepalived's state dumps, read from one store snapshot: the data dump (SIGUSR1,
 * {@link #DATA_FILE}), the statistics (SIGUSR2, {@link #STATS_FILE}) and the JSON dump (the JSON
 * signal, {@code keepalived --signum=JSON}, {@link #JSON_FILE}). Files are written with mode 0600,
 * as keepalived's umask leaves them, through a temporary file and a rename so that a reader never
 * sees half a dump, and never through a symbolic link planted at the path.
 */
public final class Dumps {
  public static final Path DATA_FILE = Path.of("/tmp/keepalived.data");
  public static final Path STATS_FILE = Path.of("/tmp/keepalived.stats");
  public static final Path JSON_FILE = Path.of("/tmp/keepalived.json");

  private Dumps() {}

  public static void writeData(StoreSnapshot snapshot, Path path) throws IOException {
    write(path, DataDump.render(snapshot, ZoneId.systemDefault()));
  }

  public static void writeStats(StoreSnapshot snapshot, Path path) throws IOException {
    write(path, StatsDump.render(snapshot));
  }

  public static void writeJson(StoreSnapshot snapshot, Path path) throws IOException {
    write(path, JsonDump.render(snapshot));
  }

  /** The data dump text. */
  public static String data(StoreSnapshot snapshot) {
    return DataDump.render(snapshot, ZoneId.systemDefault());
  }

  /** The statistics dump text. */
  public static String stats(StoreSnapshot snapshot) {
    return StatsDump.render(snapshot);
  }

  /** The JSON dump text. */
  public static String json(StoreSnapshot snapshot) {
    return JsonDump.render(snapshot);
  }

  private static void write(Path path, String text) throws IOException {
    Path dir = path.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + path.getFileName(), ".tmp",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    if (Files.isSymbolicLink(path) || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("dump file is not a regular file: " + path);
    }
  }
}
