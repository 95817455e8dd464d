package org.jkeepalived.linux.watch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** In-memory {@link FileWatcher}: tests fire events by hand, on the calling thread. */
public final class FakeFileWatcher implements FileWatcher {
  private final Map<Path, List<Consumer<FileEvent>>> listeners = new ConcurrentHashMap<>();

  @Override
  public AutoCloseable watch(Path directory, Consumer<FileEvent> listener) {
    Path dir = directory.toAbsolutePath().normalize();
    listeners.computeIfAbsent(dir, d -> new CopyOnWriteArrayList<>()).add(listener);
    return () -> listeners.getOrDefault(dir, List.of()).remove(listener);
  }

  /** Delivers an event to the listeners of {@code directory}. */
  public void fire(Path directory, String name, FileEvent.Kind kind) {
    Path dir = directory.toAbsolutePath().normalize();
    FileEvent e = new FileEvent(dir, name, kind);
    for (Consumer<FileEvent> l : listeners.getOrDefault(dir, List.of())) {
      l.accept(e);
    }
  }

  /** Whether anything watches {@code directory}. */
  public boolean isWatched(Path directory) {
    return !listeners.getOrDefault(directory.toAbsolutePath().normalize(), List.of()).isEmpty();
  }

  @Override
  public void close() {
    listeners.clear();
  }
}
