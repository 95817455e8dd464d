package org.jkeepalived.agent.snmp.service;

import java.nio.file.Path;
import org.jkeepalived.conf.KeepalivedConfigParser;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.host.SystemHostInfo;
import org.jkeepalived.conf.pre.ConfigReader;
import org.jkeepalived.conf.pre.PreprocessOptions;
import org.jkeepalived.mibs.config.KeepalivedConfig;

/** Configurations parsed from text, as the daemon parses its file. */
public final class Configs {
  private Configs() {}

  public static KeepalivedConfig parse(String text) {
    Diagnostics d = new Diagnostics();
    var nodes = new ConfigReader()
        .readText(text, Path.of("/nonexistent/test.conf"), PreprocessOptions.defaults(), d);
    return new KeepalivedConfigParser().parse(nodes, new SystemHostInfo(), d).config();
  }

  static KeepalivedConfig globals(String... lines) {
    return parse("global_defs {\n  " + String.join("\n  ", lines) + "\n}\n");
  }
}
