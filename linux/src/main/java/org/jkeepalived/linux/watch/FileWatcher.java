package org.jkeepalived.linux.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Port: watches directories for files being written, renamed in or out, or deleted (what
 * keepalived watches a track_file's directory for). Real: {@link InotifyFileWatcher}; fake: {@code
 * FakeFileWatcher}.
 */
public interface FileWatcher extends AutoCloseable {
  /**
   * Delivers the events of {@code directory} to {@code listener} until the handle is closed. The
   * listener runs on the watcher's thread: hand work to your own loop, do not block.
   */
  AutoCloseable watch(Path directory, Consumer<FileEvent> listener) throws IOException;

  @Override
  void close();

  /** Maps inotify bits to the event kind; null for events a track_file ignores. */
  static FileEvent.Kind kindOf(int mask) {
    if ((mask & InotifyEvent.IN_Q_OVERFLOW) != 0) {
      return FileEvent.Kind.OVERFLOW;
    }
    if ((mask & InotifyEvent.IN_ISDIR) != 0) {
      return null;
    }
    if ((mask & InotifyEvent.IN_CLOSE_WRITE) != 0) {
      return FileEvent.Kind.WRITTEN;
    }
    if ((mask & InotifyEvent.IN_MOVED_TO) != 0) {
      return FileEvent.Kind.MOVED_IN;
    }
    if ((mask & InotifyEvent.IN_MOVED_FROM) != 0) {
      return FileEvent.Kind.MOVED_OUT;
    }
    if ((mask & InotifyEvent.IN_DELETE) != 0) {
      return FileEvent.Kind.DELETED;
    }
    return null;
  }
}
