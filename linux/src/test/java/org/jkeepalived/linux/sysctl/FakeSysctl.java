package org.jkeepalived.linux.sysctl;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * In-memory {@link Sysctl}. A parameter exists once set with {@link #put}; with {@link
 * #createOnWrite} any write creates it (the kernel creates an interface's conf directory with the
 * interface, which tests need not model). Records every write. Thread-safe.
 */
public final class FakeSysctl implements Sysctl {
  private final Map<String, String> values = new TreeMap<>();
  private final List<String> writes = new ArrayList<>();
  private final boolean createOnWrite;

  public FakeSysctl(boolean createOnWrite) {
    this.createOnWrite = createOnWrite;
  }

  /** Sets a parameter without recording a write. */
  public synchronized FakeSysctl put(String path, String value) {
    values.put(path, value);
    return this;
  }

  @Override
  public synchronized Optional<String> read(String path) {
    return Optional.ofNullable(values.get(path));
  }

  @Override
  public synchronized void write(String path, String value) throws IOException {
    if (!createOnWrite && !values.containsKey(path)) {
      throw new NoSuchFileException(path);
    }
    values.put(path, value);
    writes.add(path + "=" + value);
  }

  @Override
  public synchronized List<String> children(String path) {
    String prefix = path.endsWith("/") ? path : path + "/";
    return values.keySet().stream().filter(k -> k.startsWith(prefix))
        .map(k -> k.substring(prefix.length()).split("/")[0]).distinct().toList();
  }

  /** Every write, {@code path=value}, oldest first. */
  public synchronized List<String> writes() {
    return List.copyOf(writes);
  }
}
