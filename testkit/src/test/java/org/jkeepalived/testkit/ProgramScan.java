package org.jkeepalived.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the outside programs that source files start: Java (string literals that name a known
 * program, and the first word of a command started through Proc, ProcessBuilder or a namespace's
 * exec), shell scripts (the word at each command position) and Python (subprocess calls). A word
 * at a command position that is neither a known program, a shell builtin, a function, a variable
 * nor a path of the project's own is reported as unknown, so that a new program gets its Debian
 * package written down before it is used.
 */
public final class ProgramScan {
  /** A program started at a place in a file. */
  record Use(String program, Path file, int line) {
    @Override
    public String toString() {
      return program + " (" + file + ":" + line + ")";
    }
  }

  final List<Use> known = new ArrayList<>();
  final List<Use> unknown = new ArrayList<>();
  private final Set<String> shellFunctions = new HashSet<>();

  private static final Set<String> SHELL_WORDS = Set.of("if", "then", "elif", "else", "fi", "for",
      "while", "until", "do", "done", "case", "esac", "in", "function", "select", "!", "{", "}",
      "[[", "]]", "[", "]", "cd", "echo", "printf", "read", "local", "export", "set", "unset",
      "shift", "return", "exit", "source", ".", "eval", "trap", "wait", "declare", "readonly",
      "let", "test", "true", "false", "break", "continue", "getopts", "type", "hash", "ulimit",
      "umask", "jobs", "disown", "mapfile", "readarray", "pushd", "popd", "alias", "exec",
      "command", "builtin", "kill", "pwd", "times", "shopt", "fg", "bg", ":", "((", "))", "time",
      "compgen", "complete", "caller", "enable", "help", "suspend", "dirs", "coproc");

  /** Java: the first literal of a command handed to something that starts it. */
  private static final Pattern JAVA_COMMAND = Pattern.compile(
      "(?:Proc\\.run\\([^,()]+(?:\\([^()]*\\))?,\\s*|\\.exec\\([^,()]+(?:\\([^()]*\\))?,\\s*"
          + "|execCommand\\(|new ProcessBuilder\\((?:List\\.of\\()?|requirePrograms\\(List\\.of\\()"
          + "\"([^\"]+)\"");
  private static final Pattern JAVA_LITERAL = Pattern.compile("\"((?:/usr)?/s?bin/)?([a-z][a-z0-9_.+-]*)\"");
  /** Python: subprocess.run(["prog", ...]) and friends, and shutil.which("prog"). */
  private static final Pattern PY_COMMAND = Pattern.compile(
      "(?:subprocess\\.\\w+|Popen|check_output|check_call|which)\\(\\s*\\[?\\s*[\"']([^\"']+)[\"']");

  void scanJava(Path file) {
    List<String> lines = read(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String code = line.strip();
      if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*")) {
        continue;
      }
      Matcher m = JAVA_COMMAND.matcher(line);
      while (m.find()) {
        classify(m.group(1), file, i + 1, true);
      }
      Matcher lit = JAVA_LITERAL.matcher(line);
      while (lit.find()) {
        String name = lit.group(2);
        // a bare literal counts when it names a known program that is not also an ordinary word
        // of the configuration language; an absolute /usr/bin path always counts
        boolean path = lit.group(1) != null;
        if (Programs.packageOf(name).isPresent() && (path || !commonWord(name))) {
          known.add(new Use(name, file, i + 1));
        }
      }
    }
  }

  /** Words that are program names but mostly appear in the sources as something else. */
  private static boolean commonWord(String name) {
    return Set.of("time", "script", "test", "id", "true", "false", "install", "free", "watch",
        "top", "yes", "sync", "env", "date", "sort", "stat", "head", "tail", "find", "echo",
        "printf", "kill", "mount", "nice", "bridge", "tc", "ss", "sh", "bash", "hostname", "which",
        "java", "jar", "cut", "tr", "od", "dd", "du", "df", "ln", "ls", "cp", "mv", "rm", "seq",
        "expr", "diff", "cmp", "dpkg", "bc", "nc", "perf", "xz", "busybox", "cat", "sleep")
        .contains(name);
  }

  void collectShellFunctions(Path file) {
    Pattern def = Pattern.compile("^\\s*(?:function\\s+)?([A-Za-z_][A-Za-z0-9_-]*)\\s*\\(\\)");
    for (String line : read(file)) {
      Matcher m = def.matcher(line);
      if (m.find()) {
        shellFunctions.add(m.group(1));
      }
    }
  }

  void scanShell(Path file) {
    scanShell(file, read(file), 0);
  }

  /**
   * Scans {@code lines} (line {@code offset + 1} of the file first). A here-document is a script
   * of its own when it starts with a shell's #! line, is written to a *.sh file, or says it is
   * run by /bin/sh (a guest's script under qemu runs the host's programs); other here-documents
   * (configuration, Python) are skipped.
   */
  private void scanShell(Path file, List<String> lines, int offset) {
    String heredocEnd = null;
    String heredocStart = "";
    List<String> heredoc = new ArrayList<>();
    boolean inCase = false;
    boolean continued = false;
    ShellLexer lexer = new ShellLexer();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      final int lineNo = offset + i + 1;
      if (heredocEnd != null) {
        if (line.strip().equals(heredocEnd)) {
          heredocEnd = null;
          if (isScript(heredocStart, heredoc)) {
            scanShell(file, List.copyOf(heredoc), lineNo - 1 - heredoc.size());
          }
          heredoc.clear();
        } else {
          heredoc.add(line);
        }
        continue;
      }
      heredocStart = line;
      String code = lexer.code(line);
      if (continued) {
        lexer.takeSubstitutions().forEach(sub -> segments(sub).forEach(seg -> {
          for (String w : Programs.started(words(seg))) {
            classify(w, file, lineNo, true);
          }
        }));
        // the words of a continued line are arguments of the command above, not commands
        continued = line.endsWith("\\");
        Matcher h = HEREDOC.matcher(line);
        if (h.find()) {
          heredocEnd = h.group(1);
        }
        continue;
      }
      continued = line.endsWith("\\");
      Matcher h = HEREDOC.matcher(line);
      if (h.find()) {
        heredocEnd = h.group(1);
      }
      if (code.matches("\\s*case\\b.*")) {
        inCase = true;
      }
      if (code.matches("\\s*esac\\b.*")) {
        inCase = false;
      }
      if (inCase) {
        // a case pattern ("kill9|sigterm)") is no command; what follows it on the line is
        code = code.replaceFirst("^\\s*[^()\\s]+\\)", " ");
      }
      List<String> segments = new ArrayList<>(segments(code));
      for (String sub : lexer.takeSubstitutions()) {
        segments.addAll(segments(sub));
      }
      for (String segment : segments) {
        List<String> words = words(segment);
        if (words.isEmpty()) {
          continue;
        }
        if (inCase && words.get(0).endsWith(")")) {
          words = words.subList(1, words.size());
          if (words.isEmpty()) {
            continue;
          }
        }
        for (String w : Programs.started(words)) {
          classify(w, file, lineNo, true);
        }
      }
    }
  }

  private static boolean isScript(String start, List<String> body) {
    String first = body.isEmpty() ? "" : body.get(0);
    return first.startsWith("#!") && first.contains("sh") || start.matches(".*\\.sh\\b.*<<.*")
        || first.startsWith("#") && first.contains("/bin/sh");
  }

  private static final Pattern HEREDOC = Pattern.compile("(?<!<)<<-?\\s*['\"]?([A-Za-z_][A-Za-z0-9_]*)");

  /**
   * Turns shell lines into the text where commands can start: quoted strings become the word Q
   * (an awk program or a message is no command), except the command substitutions inside double
   * quotes, which come out as commands of their own; a quote open at the end of a line stays open
   * on the next; arithmetic and array assignments are dropped.
   */
  public static final class ShellLexer {
    private char quote; // 0, '\'' or '"'

    public String code(String physicalLine) {
      String line = physicalLine;
      if (inArray) {
        // inside a multi-line array: its words are data up to the closing parenthesis
        int close = line.indexOf(')');
        if (close < 0) {
          return "";
        }
        inArray = false;
        line = line.substring(close + 1);
      }
      if (pending != null) {
        // inside a $( ... ) that began on an earlier line: wait for its closing parenthesis
        pending.append('\n').append(physicalLine);
        if (closing(pending.toString(), 1, '(', ')') < 0) {
          return "";
        }
        line = pending.toString();
        pending = null;
      }
      StringBuilder out = new StringBuilder();
      int i = 0;
      int n = line.length();
      while (i < n) {
        char c = line.charAt(i);
        if (quote == '\'') {
          if (c == '\'') {
            quote = 0;
          }
          i++;
        } else if (quote == '"') {
          if (c == '\\') {
            i += 2;
          } else if (c == '"') {
            quote = 0;
            i++;
          } else if (c == '$' && i + 1 < n && line.charAt(i + 1) == '(' && !(i + 2 < n
              && line.charAt(i + 2) == '(')) {
            i = substitution(line, i, out);
          } else {
            i++;
          }
        } else if (c == '\\') {
          i += 2;
        } else if (c == '$' && i + 1 < n && line.charAt(i + 1) == '(' && !(i + 2 < n
            && line.charAt(i + 2) == '(')) {
          i = substitution(line, i, out);
        } else if (c == '\'' || c == '"') {
          quote = c;
          // "$X" is a variable's value: a word the scan never takes for a program
          out.append(c == '"' && i + 1 < n && line.charAt(i + 1) == '$' ? "$Q" : "Q");
          i++;
        } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
          break;
        } else if (c == '(' && i + 1 < n && line.charAt(i + 1) == '(') {
          int close = line.indexOf("))", i);
          i = close < 0 ? n : close + 2;
          out.append(' ');
        } else if (c == '$' && i + 1 < n && line.charAt(i + 1) == '{') {
          int close = closingBrace(line, i + 1);
          i = close < 0 ? n : close + 1;
          out.append("$V");
        } else if (c == '=' && i + 1 < n && line.charAt(i + 1) == '(') {
          // an array: its elements are words, but a $(...) among them still runs
          int close = closing(line, i + 1, '(', ')');
          if (close < 0) {
            inArray = true;
            out.append("=$V");
            break;
          }
          ShellLexer inner = new ShellLexer();
          inner.code(line.substring(i + 2, Math.max(i + 2, close)));
          substitutions.addAll(inner.takeSubstitutions());
          i = close + 1;
          out.append("=$V");
        } else {
          out.append(c);
          i++;
        }
      }
      return out.toString();
    }

    /** The index of the brace closing {@code ${...}} at {@code open}, quotes inside skipped. */
    private static int closingBrace(String s, int open) {
      return closing(s, open, '{', '}');
    }

    /** The index of the {@code close} matching the {@code open} at {@code at}, quotes skipped. */
    private static int closing(String s, int at, char open, char close) {
      int depth = 0;
      char q = 0;
      for (int i = at; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\\' && q != '\'') {
          i++;
        } else if (q != 0) {
          if (c == q) {
            q = 0;
          }
        } else if (c == '\'' || c == '"') {
          q = c;
        } else if (c == open) {
          depth++;
        } else if (c == close && --depth == 0) {
          return i;
        }
      }
      return -1;
    }

    /** Commands found in {@code $(...)}, taken by {@link #takeSubstitutions()}. */
    private final List<String> substitutions = new ArrayList<>();

    /** {@code $(...)} at {@code at}: a word V in the line, its command kept apart. */
    private int substitution(String line, int at, StringBuilder out) {
      int close = closing(line, at + 1, '(', ')');
      if (close < 0) {
        pending = new StringBuilder(line.substring(at));
        quote = 0;
        return line.length();
      }
      ShellLexer inner = new ShellLexer();
      for (String l : line.substring(at + 2, close).split("\n")) {
        substitutions.add(inner.code(l));
      }
      substitutions.addAll(inner.takeSubstitutions());
      out.append("$V");
      return close + 1;
    }

    /** Whether an array assignment's {@code (} is not closed yet. */
    private boolean inArray;

    /** The text of a {@code $(} not closed yet, from the {@code $} on. */
    private StringBuilder pending;

    /** The command substitutions of the lines lexed since the last call. */
    public List<String> takeSubstitutions() {
      List<String> out = new ArrayList<>(substitutions);
      substitutions.clear();
      return out;
    }

  }

  void scanPython(Path file) {
    List<String> lines = read(file);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = PY_COMMAND.matcher(lines.get(i));
      while (m.find()) {
        String first = m.group(1).split("\\s+")[0];
        classify(first, file, i + 1, true);
      }
    }
  }

  private void classify(String word, Path file, int line, boolean reportUnknown) {
    String w = word.replaceAll("^[\"']|[\"';)]+$", "");
    if (w.isEmpty() || w.startsWith("$") || w.startsWith("-") || w.contains("=")
        || w.startsWith("<") || w.startsWith(">") || w.matches("[0-9&>]+.*")
        || SHELL_WORDS.contains(w) || shellFunctions.contains(w)) {
      return;
    }
    boolean systemPath = w.matches("(/usr)?(/local)?/s?bin/.+|/usr/lib/frr/.+");
    if (w.contains("/") && !systemPath) {
      return; // a file of the project's own (bin/jkeepalived, $top/..., ./mvnw)
    }
    if (Programs.packageOf(w).isPresent()) {
      known.add(new Use(Programs.baseName(w), file, line));
    } else if (reportUnknown && w.matches("[/a-z][a-z0-9_./+-]*")) {
      unknown.add(new Use(w, file, line));
    }
  }

  /** A line cut at each place a new command may start. */
  private static List<String> segments(String code) {
    List<String> out = new ArrayList<>();
    for (String s : code.split("\\|\\||&&|;|\\||`|\\(\\s|\\bthen\\b|\\bdo\\b|\\belse\\b|"
        + "\\{\\s|\\bif\\b|\\bwhile\\b|\\buntil\\b|!\\s")) {
      if (!s.isBlank()) {
        out.add(s);
      }
    }
    return out;
  }

  /** The words of a command, after variable assignments and redirections are dropped. */
  private static List<String> words(String segment) {
    List<String> out = new ArrayList<>();
    boolean leading = true;
    for (String w : segment.strip().split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (leading && (w.matches("[A-Za-z_][A-Za-z0-9_]*=.*") || w.matches("[0-9]*[<>].*"))) {
        continue;
      }
      leading = false;
      out.add(w);
    }
    return out;
  }

  /** The project's top folder: the first one up from here that holds bin/install-deps. */
  static Path projectRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("bin/install-deps"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("no bin/install-deps above " + Path.of("").toAbsolutePath());
    }
    return p;
  }

  static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Files under {@code dir} whose name matches {@code glob}-like suffix test. */
  static List<Path> files(Path dir, java.util.function.Predicate<Path> which) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
          .filter(which).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean isShell(Path p) {
    if (p.toString().endsWith(".sh")) {
      return true;
    }
    try {
      List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
      return !lines.isEmpty() && lines.get(0).startsWith("#!") && lines.get(0).contains("sh");
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }
}
