package org.jkeepalived.conf.pre;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.diag.Location;
import org.jkeepalived.conf.diag.Severity;
import org.jkeepalived.conf.lex.BraceSplitter;
import org.jkeepalived.conf.lex.Decommenter;

/**
 * Produces logical lines the way keepalived 2.2.7's {@code read_line()} does: comments removed,
 * {@code @ID} conditionals applied, {@code $NAME=} definitions recorded (multi-line ones
 * collected), {@code ~SEQ}/{@code ~LST} lines repeated, includes followed, parameters replaced, and
 * each {@code {} or {@code }} cut onto a line of its own. Lines come, in keepalived's order, from
 * the rest of a line cut at a brace, then a pending repetition, then a multi-line parameter, then
 * the innermost open file.
 */
final class Preprocessor implements Definitions.Context {
  /** One logical line, with no leading or trailing blanks. */
  record Line(String text, Location location) {}

  /** An entry of the file stack: a file being read or one an include still has to open. */
  private static final class Frame {
    SourceFile file;
    final IncludeResolver.Match pending;
    final int savedChecks;

    Frame(SourceFile file) {
      this.file = file;
      this.pending = null;
      this.savedChecks = 0;
    }

    Frame(IncludeResolver.Match pending, int savedChecks) {
      this.pending = pending;
      this.savedChecks = savedChecks;
    }
  }

  private record MultilineFrame(String[] lines, int index, int seqDepth) {}

  private final Diagnostics diagnostics;
  private final String configId;
  private final Definitions defs;
  private final IncludeResolver includes;
  private final Deque<Frame> files = new ArrayDeque<>();
  private final Deque<Repeat> repeats = new ArrayDeque<>();
  private final Deque<MultilineFrame> multilineStack = new ArrayDeque<>();
  private String residue;
  private String[] multiline;
  private int multilineIndex;
  private int multilineSeqDepth;
  private Definitions.Def collecting;
  private StringBuilder collected;
  private int blockDepth;
  private int includeChecks;
  private SourceFile lastFile;

  Preprocessor(SourceFile main, PreprocessOptions options, Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.configId = options.configId();
    this.defs = new Definitions(options.instanceName(), options.random());
    this.includes = new IncludeResolver(diagnostics);
    files.push(new Frame(main));
    lastFile = main;
  }

  /** The next logical line, or null at the end of the configuration. */
  Line next() {
    while (true) {
      String buf;
      if (residue != null) {
        buf = residue;
        residue = null;
      } else if (!repeats.isEmpty() && repeats.size() > multilineSeqDepth) {
        Repeat r = repeats.peek();
        buf = r.next(defs);
        if (r.exhausted()) {
          repeats.pop();
        }
      } else if (multiline != null) {
        buf = multiline[multilineIndex++];
        if (multilineIndex >= multiline.length) {
          popMultiline();
        }
      } else {
        SourceFile file = currentFile();
        if (file == null) {
          return null;
        }
        String raw = file.nextChunk();
        if (raw == null) {
          closeFile();
          continue;
        }
        buf = raw.isEmpty() ? raw : decomment(raw);
      }
      if (collecting != null) {
        collectMultiline(buf);
        continue;
      }
      if (buf.isEmpty()) {
        continue;
      }
      buf = process(buf);
      if (buf == null) {
        continue;
      }
      return cut(buf);
    }
  }

  /** Reports braces left open; call once {@link #next()} returned null. */
  void finish() {
    if (blockDepth > 0) {
      diagnostics.error(null,
          "There are " + blockDepth + " missing '}'s or extra '{'s");
    }
  }

  /** Applies an {@code include_check} line to the current file's include checks. */
  void includeCheck(List<String> options) {
    includeChecks = IncludeCheck.apply(includeChecks, options,
        opt -> diagnostics.error(location(), "Unknown include_check option '" + opt + "'"));
  }

  private String decomment(String raw) {
    Decommenter.Result r = Decommenter.decomment(raw);
    if (r.unterminatedQuote()) {
      diagnostics.error(location(), "Unterminated quote '" + r.beforeCut() + "'");
    }
    return r.text();
  }

  /** The conditional, definition, repetition, include and substitution steps for one line. */
  private String process(String line) {
    String buf = line;
    boolean recheck;
    do {
      recheck = false;
      if (buf.charAt(0) == '@') {
        buf = conditional(buf);
        if (buf == null) {
          return null;
        }
      }
      if (buf.charAt(0) == '$') {
        Definitions.Def def = defs.define(buf);
        if (def != null) {
          if (def.multiline) {
            collecting = def;
            collected = new StringBuilder(def.value);
          }
          return null;
        }
      }
      if (buf.startsWith("~SEQ") || buf.startsWith("~LST")) {
        Repeat r = buf.startsWith("~SEQ")
            ? Repeat.parseSeq(buf, this::expandSpec, this::error)
            : Repeat.parseList(buf, this::expandSpec, this::error);
        if (r != null && !r.exhausted()) {
          repeats.push(r);
        }
        return null;
      }
      if (buf.charAt(0) == '~') {
        break;
      }
      if (include(buf)) {
        return null;
      }
      if (buf.indexOf('$') >= 0) {
        StringBuilder sb = new StringBuilder(buf);
        boolean replaced = defs.replace(sb, this);
        buf = sb.toString();
        if (!replaced) {
          break;
        }
        // the replacement may bring comment characters (e.g. ${_HASH} outside quotes)
        buf = decomment(buf);
        if (buf.isEmpty()) {
          return null;
        }
        recheck = buf.charAt(0) == '@' || buf.indexOf('$') >= 0;
      }
    } while (recheck);
    return buf;
  }

  /** {@code @ID rest} / {@code @^ID rest}: the rest when the config-id (mis)matches, else null. */
  private String conditional(String buf) {
    boolean negate = buf.length() > 1 && buf.charAt(1) == '^';
    int ofs = negate ? 2 : 1;
    int sp = ofs;
    while (sp < buf.length() && buf.charAt(sp) != ' ' && buf.charAt(sp) != '\t') {
      sp++;
    }
    if (sp >= buf.length()) {
      return null;
    }
    boolean match = buf.regionMatches(ofs, configId, 0, configId.length())
        && sp - ofs == configId.length();
    if (match == negate) {
      return null;
    }
    while (sp < buf.length() && (buf.charAt(sp) == ' ' || buf.charAt(sp) == '\t')) {
      sp++;
    }
    return sp < buf.length() ? buf.substring(sp) : null;
  }

  /** Parameters in the bracket of ~SEQ/~LST; null when a multi-line parameter was used. */
  private String expandSpec(String spec) {
    if (spec.indexOf('$') < 0) {
      return spec;
    }
    StringBuilder sb = new StringBuilder(spec);
    boolean[] multi = new boolean[1];
    defs.replace(sb, new Definitions.Context() {
      @Override
      public String pwd() {
        return Preprocessor.this.pwd();
      }

      @Override
      public void multiline(String[] lines) {
        multi[0] = true;
      }

      @Override
      public void info(String message) {
        Preprocessor.this.info(message);
      }

      @Override
      public void error(String message) {
        Preprocessor.this.error(message);
      }
    });
    return multi[0] ? null : sb.toString();
  }

  private void collectMultiline(String buf) {
    int len = buf.length();
    boolean more = len > 0 && buf.charAt(len - 1) == '\\';
    String piece = buf;
    if (more) {
      len--;
      while (len > 0 && (buf.charAt(len - 1) == ' ' || buf.charAt(len - 1) == '\t')) {
        len--;
      }
      piece = buf.substring(0, len) + "\n";
    } else if (collected.length() == 0) {
      collecting.multiline = false;
    }
    if (piece.length() >= 2 || (!piece.isEmpty() && !more)) {
      collected.append(piece);
    }
    collecting.value = collected.toString();
    if (!more) {
      collecting = null;
      collected = null;
    }
  }

  /** A multi-line parameter was replaced: read its other lines next. */
  @Override
  public void multiline(String[] lines) {
    if (multiline != null) {
      multilineStack.push(new MultilineFrame(multiline, multilineIndex, multilineSeqDepth));
    }
    multilineSeqDepth = repeats.size();
    multiline = lines;
    multilineIndex = 1;
    if (multilineIndex >= lines.length) {
      popMultiline();
    }
  }

  private void popMultiline() {
    MultilineFrame f = multilineStack.poll();
    if (f == null) {
      multiline = null;
      multilineSeqDepth = 0;
    } else {
      multiline = f.lines();
      multilineIndex = f.index();
      multilineSeqDepth = f.seqDepth();
    }
  }

  /** Handles an include line; false when {@code buf} is not one. */
  private boolean include(String buf) {
    if (buf.charAt(0) != 'i' || !buf.startsWith("include")) {
      return false;
    }
    int sp = 7;
    while (sp < buf.length() && buf.charAt(sp) != ' ' && buf.charAt(sp) != '\t') {
      sp++;
    }
    int kind = IncludeCheck.forKeyword(buf.substring(0, sp));
    if (kind < 0 || sp >= buf.length()) {
      return false;
    }
    String pattern = buf.substring(sp).strip();
    SourceFile file = currentFile();
    List<IncludeResolver.Match> matches =
        includes.resolve(pattern, Path.of(file.dir()), includeChecks | kind, location());
    for (int i = matches.size() - 1; i >= 0; i--) {
      files.push(new Frame(matches.get(i), includeChecks));
    }
    return true;
  }

  /** The file being read, opening a pending include first; null when all are read. */
  private SourceFile currentFile() {
    while (!files.isEmpty()) {
      Frame top = files.peek();
      if (top.file != null) {
        return top.file;
      }
      try {
        Path real = top.pending.file().toRealPath();
        if (isOpen(real)) {
          diagnostics.error(location(), "Configuration file '" + top.pending.display()
              + "' open problem (include loop) - skipping");
          files.pop();
          continue;
        }
        top.file = SourceFile.open(top.pending.display(), real, top.savedChecks);
        lastFile = top.file;
      } catch (IOException e) {
        diagnostics.error(location(), "Configuration file '" + top.pending.display()
            + "' open problem (" + e.getMessage() + ") - skipping");
        files.pop();
      }
    }
    return null;
  }

  private boolean isOpen(Path real) {
    for (Frame f : files) {
      if (f.file != null && f.file.real().equals(real)) {
        return true;
      }
    }
    return false;
  }

  private void closeFile() {
    Frame f = files.pop();
    includeChecks = f.file.savedChecks();
    // keepalived frees pending ~SEQ/~LST repetitions whenever a file ends
    repeats.clear();
    for (Frame below : files) {
      if (below.file != null) {
        lastFile = below.file;
        break;
      }
    }
  }

  /** Cuts the line at its first brace and counts the braces that stand alone. */
  private Line cut(String line) {
    String buf = line;
    int cut = BraceSplitter.cutIndex(buf);
    if (cut >= 0) {
      residue = BraceSplitter.stripTrailingBlanks(buf.substring(cut));
      buf = buf.substring(0, cut);
    }
    buf = BraceSplitter.stripTrailingBlanks(buf);
    Location at = location();
    if (buf.length() == 1) {
      if (buf.charAt(0) == '{') {
        blockDepth++;
      } else if (buf.charAt(0) == '}' && blockDepth-- < 1) {
        diagnostics.error(at, "Extra '}' found");
        blockDepth = 0;
      }
    }
    return new Line(buf, at);
  }

  Location location() {
    return lastFile.location();
  }

  @Override
  public String pwd() {
    return lastFile.dir();
  }

  @Override
  public void info(String message) {
    diagnostics.report(Severity.INFO, location(), message);
  }

  @Override
  public void error(String message) {
    diagnostics.error(location(), message);
  }
}
