package org.jkeepalived.conf;

import java.util.List;
import org.jkeepalived.conf.check.ConfigChecks;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.host.HostInfo;
import org.jkeepalived.conf.kw.ConfigSection;
import org.jkeepalived.conf.kw.KeywordTable;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.RootBuilder;
import org.jkeepalived.conf.kw.RootTable;
import org.jkeepalived.conf.lvs.LvsSection;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.KeepalivedConfig;

/**
 * Gives a preprocessed configuration tree its meaning: reads every line through the keyword
 * tables, applies keepalived's post-parse corrections, and builds the immutable configuration.
 * The tables are built once per parser, which may be reused for any number of parses (reload).
 */
public final class KeepalivedConfigParser {
  private final KeywordTable<RootBuilder> root;
  private final List<ConfigSection> sections;

  /** A parser for every keyword keepalived 2.2.7 accepts: global, VRRP, and the LVS tables. */
  public KeepalivedConfigParser() {
    this(List.of(new LvsSection()));
  }

  /** A parser with exactly these extra top-level sections (tests choose them explicitly). */
  public KeepalivedConfigParser(List<ConfigSection> sections) {
    this.sections = List.copyOf(sections);
    this.root = RootTable.create(this.sections);
  }

  public ParseResult parse(List<ConfNode> nodes, HostInfo host, Diagnostics diags) {
    ParseContext ctx = new ParseContext(diags, host);
    RootBuilder b = new RootBuilder();
    root.apply(nodes, b, ctx);
    for (ConfigSection s : sections) {
      s.complete(b, ctx);
    }
    KeepalivedConfig config = ConfigChecks.run(b, ctx);
    return new ParseResult(config, diags);
  }
}
