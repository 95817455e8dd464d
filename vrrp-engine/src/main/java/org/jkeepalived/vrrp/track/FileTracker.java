package org.jkeepalived.vrrp.track;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.linux.watch.FileEvent;
import org.jkeepalived.linux.watch.FileWatcher;
import org.jkeepalived.linux.watch.TrackFileValue;
import org.jkeepalived.mibs.config.TrackFileConfig;
import org.jkeepalived.engine.loop.Scheduler;

/**
 * Tracks one track_file: applies {@code init_file} (writes the value when the file is missing, or
 * always with {@code overwrite}), reads the file at start, and re-reads it when it is written or
 * renamed in; a file deleted or renamed away reads as 0 (keepalived process_inotify). Watches the
 * file's directory, so a file that does not exist yet is picked up when it appears.
 */
public final class FileTracker implements AutoCloseable {
  private final TrackFileConfig config;
  private final Scheduler loop;
  private final TrackerSink sink;
  private final Path file;
  private final TrackerKey key;
  private final List<AutoCloseable> handles = new ArrayList<>();
  private long value;

  public FileTracker(TrackFileConfig config, Scheduler loop, TrackerSink sink) {
    this.config = config;
    this.loop = loop;
    this.sink = sink;
    this.file = Path.of(config.file()).toAbsolutePath().normalize();
    this.key = new TrackerKey(TrackerKind.FILE, config.name());
  }

  /** Initialises, reads and starts watching; call on the loop. */
  public void start(FileWatcher watcher) throws IOException {
    if (config.initFile() && (config.initOverwrite() || !Files.exists(file))) {
      Files.writeString(file, config.initValue() + "\n", StandardCharsets.US_ASCII);
    }
    handles.add(watcher.watch(file.getParent(), e -> loop.execute(() -> onEvent(e))));
    value = read();
    sink.update(key, Observation.value(value));
  }

  public long value() {
    return value;
  }

  private void onEvent(FileEvent e) {
    if (e.kind() != FileEvent.Kind.OVERFLOW && !e.name().equals(file.getFileName().toString())) {
      return;
    }
    long next = switch (e.kind()) {
      case DELETED, MOVED_OUT -> 0;
      case WRITTEN, MOVED_IN, OVERFLOW -> read();
    };
    if (next != value) {
      value = next;
      sink.update(key, Observation.value(value));
    }
  }

  private long read() {
    try {
      return TrackFileValue.parse(Files.readString(file, StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      return 0; // missing or unreadable: keepalived uses 0
    }
  }

  @Override
  public void close() throws Exception {
    for (AutoCloseable h : handles) {
      h.close();
    }
  }
}
