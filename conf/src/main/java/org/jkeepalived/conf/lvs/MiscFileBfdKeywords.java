package org.jkeepalived.conf.lvs;

import java.time.Duration;
import org.jkeepalived.conf.kw.KeywordTable;
import org.jkeepalived.conf.kw.Scripts;
import org.jkeepalived.mibs.config.ScriptSpec;

/**
 * MISC_CHECK, FILE_CHECK and BFD_CHECK keywords. track_file and BFD names must be defined
 * earlier in the file: keepalived resolves them at the line.
 */
final class MiscFileBfdKeywords {
  private MiscFileBfdKeywords() {}

  /** misc_path, misc_timeout (seconds), misc_dynamic, user USER [GROUP]. */
  static KeywordTable.Builder<CheckerBuilder> misc(
      KeywordTable.Builder<CheckerBuilder> t, CheckerTables.Names names) {
    return t.on("misc_path", (n, b, c) -> {
          ScriptSpec s = Scripts.script(n, 0, c);
          if (s != null) {
            b.script = b.script == null ? s : new ScriptSpec(s.command(), b.script.user(),
                b.script.group());
          }
        })
        .on("misc_timeout", (n, b, c) -> {
          Long v = LvsArgs.unsigned(n, 0, 0, LvsArgs.UINT_MAX / 1_000_000, c);
          if (v != null) {
            b.miscTimeout = Duration.ofSeconds(v);
          } else if (n.arg(0) != null) {
            c.error(n, "Invalid misc_timeout value '" + n.arg(0) + "'");
          }
        })
        .set("misc_dynamic", b -> b.miscDynamic = true)
        .on("user", (n, b, c) -> {
          String user = LvsArgs.required(n, 0, c);
          if (user == null) {
            return;
          }
          if (!names.user().test(user)) {
            String path = b.script == null ? "" : b.script.commandLine();
            c.error(n, "Failed to set uid/gid for misc checker script '" + path + "' - removing");
            b.valid = false;
            return;
          }
          if (b.script != null) {
            b.script = new ScriptSpec(b.script.command(), user, n.arg(1));
          }
        });
  }

  /**
   * track_file NAME, weight N [reverse|noreverse]. Without a weight the block takes the
   * track_file's own weight and reverse when it closes ({@link CheckerBlocks}).
   */
  static KeywordTable.Builder<CheckerBuilder> file(CheckerTables.Names names) {
    KeywordTable.Builder<CheckerBuilder> t = KeywordTable.builder("FILE_CHECK");
    return t.on("track_file", (n, b, c) -> {
          String name = LvsArgs.required(n, 0, c);
          if (name == null) {
            return;
          }
          if (names.trackFile().test(b.rs.vs.lvs.root, name)) {
            b.trackFile = name;
          } else {
            c.error(n, "track_file " + name + " not found");
          }
        })
        .on("weight", (n, b, c) -> {
          Long v = LvsArgs.signed(n, 0, -LvsArgs.INT_MAX, LvsArgs.INT_MAX, c);
          if (v == null) {
            if (n.arg(0) != null) {
              c.error(n, "weight for track file must be in [-2147483647..2147483647] inclusive. "
                  + "Ignoring...");
            }
            return;
          }
          String option = n.arg(1);
          if (option != null && !option.equals("reverse") && !option.equals("noreverse")) {
            // check_file.c track_file_weight_handler: the whole line is ignored
            c.error(n, "unknown track file weight option " + option + " - ignoring");
            return;
          }
          b.fileWeight = v.intValue();
          b.fileReverse = "reverse".equals(option);
        });
  }

  /** name BFD_INSTANCE. */
  static KeywordTable.Builder<CheckerBuilder> bfd(CheckerTables.Names names) {
    KeywordTable.Builder<CheckerBuilder> t = KeywordTable.builder("BFD_CHECK");
    return t.on("name", (n, b, c) -> {
      String name = LvsArgs.required(n, 0, c);
      if (name == null) {
        return;
      }
      if (names.bfd().test(b.rs.vs.lvs.root, name)) {
        b.bfdName = name;
      } else {
        c.error(n, "(" + ServiceNames.rs(b.rs, b.rs.vs) + ") BFD_CHECK - BFD " + name
            + " not configured");
        // keepalived drops the checker at once: no "no name" report follows.
        b.valid = false;
      }
    });
  }
}
