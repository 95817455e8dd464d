package org.jkeepalived.conf.kw.vrrp;

import org.jkeepalived.conf.kw.KeywordTable;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.Scripts;
import org.jkeepalived.conf.kw.Values;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.TrackProcessConfig;

/** The vrrp_script, track_file and vrrp_track_process keywords. */
public final class TrackerTables {
  private static final double MAX_TIMER = 4294.967295;

  private TrackerTables() {}

  public static KeywordTable<ScriptBuilder> script() {
    return KeywordTable.<ScriptBuilder>builder("vrrp_script")
        .on("script", (n, b, c) -> b.script = Scripts.command(n, c))
        .seconds("interval", 0.000001, MAX_TIMER, (b, v) -> b.interval = v)
        .seconds("timeout", 0.000001, MAX_TIMER, (b, v) -> b.timeout = v)
        .on(
            "weight",
            (n, b, c) -> {
              Long w = Values.integer(n, 0, -253, 253, c);
              if (w != null) {
                b.weight = w.intValue();
              }
              b.reverse = "reverse".equals(n.arg(1));
            })
        .integer("rise", 1, Integer.MAX_VALUE, (b, v) -> b.rise = v)
        .integer("fall", 1, Integer.MAX_VALUE, (b, v) -> b.fall = v)
        .on(
            "user",
            (n, b, c) -> {
              if (Values.requireArgs(n, 1, c)) {
                b.user = n.arg(0);
                b.group = n.arg(1);
              }
            })
        .set("init_fail", b -> b.initFail = true)
        .build();
  }

  public static KeywordTable<TrackFileBuilder> file() {
    return KeywordTable.<TrackFileBuilder>builder("track_file")
        .string("file", (b, v) -> b.file = v)
        .on(
            "weight",
            (n, b, c) -> {
              Long w = Values.integer(n, 0, -2147483647L, 2147483647L, c);
              if (w != null) {
                b.weight = w.intValue();
              }
              b.reverse = "reverse".equals(n.arg(1));
            })
        .on(
            "init_file",
            (n, b, c) -> {
              b.initFile = true;
              for (String a : n.args()) {
                if (a.equals("overwrite")) {
                  b.initOverwrite = true;
                } else {
                  Long v = Values.parseLong(a);
                  if (v == null) {
                    c.error(n, "track file init value " + a + " is invalid");
                  } else {
                    b.initValue = v;
                  }
                }
              }
            })
        .build();
  }

  public static KeywordTable<TrackProcessBuilder> process() {
    return KeywordTable.<TrackProcessBuilder>builder("vrrp_track_process")
        .on(
            "process",
            (n, b, c) -> {
              b.process.clear();
              b.process.addAll(n.args());
            })
        .on("param_match", TrackerTables::paramMatch)
        .on(
            "weight",
            (n, b, c) -> {
              Long w = Values.integer(n, 0, -254, 254, c);
              if (w != null) {
                b.weight = w.intValue();
              }
              b.reverse = "reverse".equals(n.arg(1));
            })
        .integer("quorum", 0, 65535, (b, v) -> b.quorum = v)
        .integer("quorum_max", 0, 65535, (b, v) -> b.quorumMax = v)
        .seconds("fork_delay", 0, MAX_TIMER, (b, v) -> b.forkDelay = v)
        .seconds("terminate_delay", 0, MAX_TIMER, (b, v) -> b.terminateDelay = v)
        .seconds("delay", 0, MAX_TIMER, (b, v) -> {
          b.forkDelay = v;
          b.terminateDelay = v;
        })
        .set("full_command", b -> b.fullCommand = true)
        .build();
  }

  private static void paramMatch(ConfNode n, TrackProcessBuilder b, ParseContext c) {
    String s = Values.argOrEmpty(n, 0);
    if (s.equals("partial")) {
      b.paramMatch = TrackProcessConfig.ParamMatch.PARTIAL;
    } else if (s.equals("initial")) {
      b.paramMatch = TrackProcessConfig.ParamMatch.INITIAL;
    } else {
      c.error(n, "Unknown param_match " + s + " for track_process " + b.name);
    }
  }
}
