package org.jkeepalived.conf.kw;

import java.util.List;

/**
 * The top level of keepalived.conf: the daemon keywords that stand alone and the blocks. Built
 * once per parser; sections from other packages add their blocks through {@link ConfigSection}.
 */
public final class RootTable {
  private RootTable() {}

  public static KeywordTable<RootBuilder> create(List<ConfigSection> sections) {
    KeywordTable.Builder<RootBuilder> t = KeywordTable.builder("top level");
    t.string("net_namespace", (b, v) -> b.netNamespace = v)
        .on("net_namespace_ipvs", (n, b, c) -> b.netNamespaceIpvs = n.args().isEmpty() ? "" : n.arg(0))
        .set("namespace_with_ipsets", b -> b.namespaceWithIpsets = true)
        .string("instance", (b, v) -> b.instance = v)
        .set("use_pid_dir", b -> b.usePidDir = true)
        .set("linkbeat_use_polling", b -> b.linkbeatUsePolling = true)
        .on(
            "child_wait_time",
            (n, b, c) -> {
              java.time.Duration d = Values.wholeSeconds(n, 0, 0, Integer.MAX_VALUE, c);
              if (d != null) {
                b.childWaitTime = d;
              }
            })
        .block("global_defs", GlobalDefsTable.create(), b -> b.global);
    VrrpTables.install(t);
    for (ConfigSection s : sections) {
      s.install(t);
    }
    return t.build();
  }
}
