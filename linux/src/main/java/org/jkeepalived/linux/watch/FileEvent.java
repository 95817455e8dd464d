package org.jkeepalived.linux.watch;

import java.nio.file.Path;

/** Something happened to entry {@code name} of a watched directory. */
public record FileEvent(Path directory, String name, Kind kind) {
  /** The changes a track_file cares about. */
  public enum Kind {
    /** Closed after writing (IN_CLOSE_WRITE). */
    WRITTEN,
    /** Renamed into the directory (IN_MOVED_TO). */
    MOVED_IN,
    /** Renamed out of the directory (IN_MOVED_FROM). */
    MOVED_OUT,
    /** Removed (IN_DELETE). */
    DELETED,
    /** The kernel's queue overflowed: events were lost, re-read everything. */
    OVERFLOW
  }

  /** The entry's full path. */
  public Path path() {
    return directory.resolve(name);
  }
}
