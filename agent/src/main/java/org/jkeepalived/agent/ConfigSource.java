package org.jkeepalived.agent;

import java.nio.file.Path;
import java.util.List;
import org.jkeepalived.agent.cli.Options;
import org.jkeepalived.conf.KeepalivedConfigParser;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.dump.ConfigDumper;
import org.jkeepalived.conf.host.HostInfo;
import org.jkeepalived.conf.host.SystemHostInfo;
import org.jkeepalived.conf.pre.ConfigReader;
import org.jkeepalived.conf.pre.PreprocessOptions;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.DaemonOptions;
import org.jkeepalived.mibs.config.KeepalivedConfig;

/**
 * Reads and checks the configuration named on the command line: preprocessing, keyword tables and
 * keepalived's corrections. The same path serves {@code -t}, start-up and every SIGHUP reload.
 */
final class ConfigSource {
  private final Options options;
  private final HostInfo host = new SystemHostInfo();
  /**
   * Made by the first {@link #load}, not here: building the keyword tables is ~0.1-0.2 s of a cold
   * start, and the daemon's first load runs on the config-read thread beside the logging set-up
   * while this constructor runs on the main thread (issue 15). Later loads (SIGHUP) are on the
   * daemon's thread, which has joined that first one.
   */
  private KeepalivedConfigParser parser;

  ConfigSource(Options options) {
    this.options = options;
  }

  /** A read attempt: the configuration, or null when a fatal problem prevented one. */
  record Loaded(KeepalivedConfig config) {
    String dump() {
      return config == null ? "" : ConfigDumper.dump(config);
    }
  }

  Loaded load(Diagnostics diagnostics) {
    PreprocessOptions pre =
        options.configId == null
            ? PreprocessOptions.defaults()
            : PreprocessOptions.forConfigId(options.configId);
    List<ConfNode> nodes = new ConfigReader().read(options.configFile, pre, diagnostics);
    if (diagnostics.exitCode() == 4) {
      return new Loaded(null);
    }
    if (parser == null) {
      parser = new KeepalivedConfigParser();
    }
    return new Loaded(parser.parse(nodes, host, diagnostics).config());
  }

  /**
   * The top-level daemon keywords of {@code file} read with config id {@code configId} (null:
   * the host's), for {@code jkeepalived status} to find the daemon's control socket; the
   * defaults when the file cannot be used.
   */
  static DaemonOptions daemonOptions(Path file, String configId) {
    Options o = new Options();
    o.configFile = file;
    o.configId = configId;
    KeepalivedConfig c = new ConfigSource(o).load(new Diagnostics()).config();
    return c == null ? DaemonOptions.DEFAULTS : c.daemon();
  }
}
