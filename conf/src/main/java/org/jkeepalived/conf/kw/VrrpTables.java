package org.jkeepalived.conf.kw;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jkeepalived.conf.diag.Location;
import org.jkeepalived.conf.kw.vrrp.BfdBuilder;
import org.jkeepalived.conf.kw.vrrp.Blocks;
import org.jkeepalived.conf.kw.vrrp.GarpGroupBuilder;
import org.jkeepalived.conf.kw.vrrp.ScriptBuilder;
import org.jkeepalived.conf.kw.vrrp.StaticTables;
import org.jkeepalived.conf.kw.vrrp.SyncGroupBuilder;
import org.jkeepalived.conf.kw.vrrp.SyncGroupTable;
import org.jkeepalived.conf.kw.vrrp.TrackFileBuilder;
import org.jkeepalived.conf.kw.vrrp.TrackProcessBuilder;
import org.jkeepalived.conf.kw.vrrp.TrackerTables;
import org.jkeepalived.conf.kw.vrrp.VrrpInstanceBuilder;
import org.jkeepalived.conf.kw.vrrp.VrrpInstanceTable;
import org.jkeepalived.conf.tree.ConfNode;

/** Installs the VRRP-side and global network top-level blocks into the root table. */
final class VrrpTables {
  private VrrpTables() {}

  static void install(KeywordTable.Builder<RootBuilder> t) {
    KeywordTable<VrrpInstanceBuilder> instance = VrrpInstanceTable.create();
    KeywordTable<SyncGroupBuilder> group = SyncGroupTable.create();
    KeywordTable<ScriptBuilder> script = TrackerTables.script();
    KeywordTable<TrackFileBuilder> file = TrackerTables.file();
    KeywordTable<TrackProcessBuilder> process = TrackerTables.process();
    KeywordTable<BfdBuilder> bfd = StaticTables.bfd();
    KeywordTable<GarpGroupBuilder> garp = StaticTables.garpGroup();

    t.on("vrrp_instance", (n, b, c) -> {
      if (named(n, c) && !b.vrrp.instanceNames.add(n.arg(0))) {
        // keepalived skips the whole second block.
        c.error(n, "vrrp instance " + n.arg(0) + " already defined");
      } else if (n.arg(0) != null) {
        VrrpInstanceBuilder v =
            new VrrpInstanceBuilder(n.arg(0), n.location(), b.vrrp.rulePreferences);
        instance.apply(n.children(), v, c);
        VrrpInstanceTable.endOfBlock(v, Blocks.end(n), c);
        b.vrrp.instances.add(v);
      }
    });
    t.on("vrrp_sync_group", (n, b, c) -> {
      if (named(n, c)) {
        SyncGroupBuilder g = new SyncGroupBuilder(n.arg(0), n.location());
        group.apply(n.children(), g, c);
        b.vrrp.syncGroups.add(g);
      }
    });
    t.on("vrrp_script", (n, b, c) -> {
      ScriptBuilder s = namedInto(n, c, b.vrrp.scripts, ScriptBuilder::new, script);
      if (s != null) {
        s.end = Blocks.end(n);
      }
      if (s != null && s.script == null) {
        // keepalived checks at the end of the block, so the report is on the closing line.
        c.diagnostics().error(
            Blocks.end(n), "No script set for vrrp_script " + s.name + " - removing");
        b.vrrp.scripts.remove(s.name);
      }
    });
    t.on(List.of("track_file", "vrrp_track_file"), (n, b, c) -> {
      TrackFileBuilder f = namedInto(n, c, b.vrrp.trackFiles, TrackFileBuilder::new, file);
      if (f != null && f.file == null) {
        c.diagnostics().error(
            Blocks.end(n), "No file set for track_file " + f.name + " - ignoring");
        b.vrrp.trackFiles.remove(f.name);
      }
    });
    t.on("vrrp_track_process", (n, b, c) -> {
      TrackProcessBuilder p =
          namedInto(n, c, b.vrrp.trackProcesses, TrackProcessBuilder::new, process);
      if (p != null && p.process.isEmpty()) {
        c.diagnostics().error(
            Blocks.end(n), "track process '" + p.name + "' process name not specified");
        b.vrrp.trackProcesses.remove(p.name);
      }
    });
    t.on("bfd_instance", (n, b, c) -> {
      BfdBuilder x = namedInto(n, c, b.vrrp.bfds, BfdBuilder::new, bfd);
      if (x != null) {
        x.end = Blocks.end(n);
      }
    });
    t.on("garp_group", (n, b, c) -> {
      GarpGroupBuilder g = new GarpGroupBuilder();
      garp.apply(n.children(), g, c);
      b.vrrp.garpGroups.add(g);
    });
    t.on("static_ipaddress", (n, b, c) -> StaticTables.staticAddresses(n, b.vrrp.statics, c))
        .on("static_routes", (n, b, c) -> StaticTables.staticRoutes(n, b.vrrp.statics, c))
        .on("static_rules", (n, b, c) ->
            StaticTables.staticRules(n, b.vrrp.statics, c, b.vrrp.rulePreferences))
        .on("track_group", (n, b, c) -> {
          if (named(n, c)) {
            StaticTables.trackGroup(n, b.vrrp.statics, c);
          }
        })
        .on("linkbeat_interfaces", (n, b, c) -> StaticTables.linkbeat(n, b.vrrp.statics, c))
        .on("interface_up_down_delays", (n, b, c) ->
            StaticTables.upDownDelays(n, b.vrrp.statics, c));
  }

  private static boolean named(ConfNode n, ParseContext c) {
    if (n.arg(0) == null) {
      c.error(n, n.keyword() + " requires a name");
      return false;
    }
    return true;
  }

  private static <T> T namedInto(
      ConfNode n,
      ParseContext c,
      Map<String, T> into,
      BiFunction<String, Location, T> create,
      KeywordTable<T> table) {
    if (!named(n, c)) {
      return null;
    }
    T x = create.apply(n.arg(0), n.location());
    table.apply(n.children(), x, c);
    into.put(n.arg(0), x);
    return x;
  }
}
