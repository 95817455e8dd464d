package org.jkeepalived.conf.kw;

import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.FifoSpec;
import org.jkeepalived.mibs.config.ScriptSpec;

/**
 * Script arguments as keepalived reads them: {@code KEYWORD <STRING>|<QUOTED-STRING> [user
 * [group]]}. The (already unquoted) first argument is split into command words at unquoted
 * whitespace; single quotes keep a word with spaces together, as keepalived's exec does.
 */
public final class Scripts {
  private Scripts() {}

  /** The script on a line starting at argument {@code first}, or null after reporting. */
  public static ScriptSpec script(ConfNode n, int first, ParseContext ctx) {
    String cmd = n.arg(first);
    if (cmd == null || cmd.isBlank()) {
      ctx.error(n, n.keyword() + " requires a script");
      return null;
    }
    return new ScriptSpec(words(cmd), n.arg(first + 1), n.arg(first + 2));
  }

  /**
   * A vrrp_script {@code script}: every argument is part of the command (the user is a separate
   * keyword there); a single argument is split into words as a quoted command line is.
   */
  public static ScriptSpec command(ConfNode n, ParseContext ctx) {
    if (n.args().isEmpty() || n.arg(0).isBlank()) {
      ctx.error(n, n.keyword() + " requires a script");
      return null;
    }
    List<String> cmd = n.args().size() == 1 ? words(n.arg(0)) : n.args();
    return new ScriptSpec(cmd, null, null);
  }

  /** Splits a command line into words, honouring single quotes. */
  public static List<String> words(String cmd) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    boolean inWord = false;
    for (int i = 0; i < cmd.length(); i++) {
      char c = cmd.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
        inWord = true;
      } else if (!quoted && (c == ' ' || c == '\t')) {
        if (inWord) {
          out.add(cur.toString());
          cur.setLength(0);
          inWord = false;
        }
      } else {
        cur.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      out.add(cur.toString());
    }
    return out;
  }

  /** {@code notify_fifo FIFO_NAME [user [group]]}, keeping any script already given. */
  public static FifoSpec fifo(ConfNode n, FifoSpec old, ParseContext ctx) {
    if (!Values.requireArgs(n, 1, ctx)) {
      return old;
    }
    return new FifoSpec(n.arg(0), n.arg(1), n.arg(2), old.script());
  }

  /** {@code notify_fifo_script SCRIPT [user [group]]}, keeping the FIFO already given. */
  public static FifoSpec fifoScript(ConfNode n, FifoSpec old, ParseContext ctx) {
    ScriptSpec s = script(n, 0, ctx);
    return s == null ? old : new FifoSpec(old.path(), old.user(), old.group(), s);
  }
}
