package org.jkeepalived.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jkeepalived.agent.cli.Options;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.agent.vrrp.VrrpService;
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
  private VrrpService vrrp;

  NodeRuntime(Options options) {
    this.options = options;
  }

  void start(KeepalivedConfig initial) {
    this.config = initial;
    if (!initial.vrrpInstances().isEmpty()) {
      try {
        vrrp = VrrpService.start(store, initial);
      } catch (IOException e) {
        LOG.error("VRRP engine not started: {}", e.getMessage());
      }
    }
  }

  void reload(KeepalivedConfig next) {
    this.config = next;
    if (vrrp != null) {
      vrrp.reload(next);
    }
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
    if (vrrp != null) {
      vrrp.close(); // masters send priority 0 and drop their VIPs before the store goes
    }
    store.close();
  }
}
