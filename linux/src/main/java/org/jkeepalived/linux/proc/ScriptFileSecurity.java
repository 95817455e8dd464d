package org.jkeepalived.linux.proc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * keepalived's script check ({@code check_script_secure}, run on every script at load): finds a
 * bare program name in PATH, resolves symbolic links, checks that the script is executable by the
 * identity it runs as and, when that identity is root (or the file is set-uid/gid root), that
 * neither the file nor any directory above it can be changed by anyone but root. An insecure
 * script is disabled when {@code enable_script_security} is set, and only reported otherwise.
 */
public final class ScriptFileSecurity {
  private static final int S_ISUID = 04000;
  private static final int S_ISGID = 02000;
  private static final int S_ISVTX = 01000;
  private static final int S_IFMT = 0170000;
  private static final int S_IFDIR = 0040000;
  private static final int S_IFREG = 0100000;
  private static final int S_IFLNK = 0120000;
  /** glibc's confstr(_CS_PATH), used when the daemon has no PATH. */
  public static final String DEFAULT_PATH = "/bin:/usr/bin";

  private ScriptFileSecurity() {}

  /** What the check found about one script. */
  public enum Flag {
    /** A redirection-only command ({@code </path}): run by the shell, not checked. */
    SYSTEM,
    /** Not found, or not accessible: the script is disabled. */
    NOT_FOUND,
    /** A file was found. */
    IS_SCRIPT,
    /** Executable by the identity it runs as; a script that is not is disabled. */
    EXECUTABLE,
    /** Writable by a non-root user somewhere along its path while run with root rights. */
    INSECURE,
    /** Disabled: insecure under enable_script_security, or a wrong file type on the path. */
    INHIBIT
  }

  /**
   * The outcome of a check.
   *
   * @param flags what was found
   * @param program the program keepalived would run (PATH search and links resolved), or the name
   *     given when it was not found
   * @param messages keepalived's log lines for what it found, in order
   */
  public record Result(Set<Flag> flags, String program, List<String> messages) {
    public Result {
      flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
      messages = List.copyOf(messages);
    }

    /** Whether keepalived would run the script. */
    public boolean runnable() {
      return flags.contains(Flag.SYSTEM)
          || (flags.contains(Flag.EXECUTABLE)
              && !flags.contains(Flag.NOT_FOUND)
              && !flags.contains(Flag.INHIBIT));
    }

    /** Whether the script is unsafe (what makes {@code keepalived -t} exit 6). */
    public boolean insecure() {
      return flags.contains(Flag.INSECURE);
    }
  }

  /** Checks with the daemon's PATH (or the glibc default when unset). */
  public static Result check(String program, RunAs runAs, boolean scriptSecurity) {
    String path = System.getenv("PATH");
    return check(program, runAs, scriptSecurity, path == null ? DEFAULT_PATH : path);
  }

  /**
   * Checks one script.
   *
   * @param program the first command word
   * @param runAs the identity it runs as
   * @param scriptSecurity whether enable_script_security is set
   * @param searchPath the PATH searched for a bare name
   */
  public static Result check(String program, RunAs runAs, boolean scriptSecurity, String searchPath) {
    EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
    List<String> log = new ArrayList<>();
    // "<" then optional blanks then "/": a test that a file opens, handed to the shell
    if (program.startsWith("<") && program.substring(1).stripLeading().startsWith("/")) {
      return new Result(EnumSet.of(Flag.SYSTEM), program, log);
    }
    String name = program;
    if (!program.contains("/")) {
      name = searchPath(program, runAs, searchPath, log);
      if (name == null) {
        flags.add(Flag.NOT_FOUND);
        return new Result(flags, program, log);
      }
    }
    Path real;
    try {
      real = Path.of(name).toRealPath();
    } catch (IOException e) {
      log.add("Script " + name + " cannot be accessed - " + e.getMessage());
      return new Result(EnumSet.of(Flag.NOT_FOUND), name, log);
    }
    Path run = keepName(Path.of(name), real);
    Stat file = Stat.of(real, true);
    if (file == null) {
      log.add("Unable to access script `" + run + "` - disabling");
      return new Result(EnumSet.of(Flag.NOT_FOUND), run.toString(), log);
    }
    flags.add(Flag.IS_SCRIPT);
    boolean protect = false;
    if (isExecutable(file, runAs)) {
      flags.add(Flag.EXECUTABLE);
      protect = runAs.uid() == 0 || runAs.gid() == 0
          || (file.uid == 0 && (file.mode & 0100) != 0 && (file.mode & S_ISUID) != 0)
          || (file.gid == 0 && (file.mode & 0010) != 0 && (file.mode & S_ISGID) != 0);
    } else {
      log.add("WARNING - script '" + run + "' is not executable for uid:gid " + runAs + " - disabling.");
    }
    if (protect) {
      checkPathSecurity(run, scriptSecurity, flags, log);
      if (!run.equals(real)) {
        checkPathSecurity(real, scriptSecurity, flags, log);
      }
    }
    return new Result(flags, run.toString(), log);
  }

  /**
   * keepalived keeps the name a link was called by when the link's target, in the target's
   * directory, is the same file (some programs act on the name they are called by).
   */
  private static Path keepName(Path given, Path real) {
    Path givenName = given.getFileName();
    if (givenName == null || givenName.equals(real.getFileName())) {
      return real;
    }
    Path renamed = real.resolveSibling(givenName);
    try {
      return Files.isSameFile(renamed, real) ? renamed : real;
    } catch (IOException e) {
      return real;
    }
  }

  private static String searchPath(String program, RunAs runAs, String searchPath, List<String> log) {
    boolean denied = false;
    for (String dir : searchPath.split(":", -1)) {
      Path candidate = (dir.isEmpty() ? Path.of(".") : Path.of(dir)).resolve(program);
      Stat s = Stat.of(candidate, true);
      if (s == null) {
        continue;
      }
      if ((s.mode & S_IFMT) == S_IFREG && isExecutable(s, runAs)) {
        String found = dir.isEmpty() ? "/" + program : candidate.toString();
        log.add("WARNING - script `" + program + "` resolved by path search to `" + found
            + "`. Please specify full path.");
        return found;
      }
      denied = true;
    }
    log.add(denied
        ? "Permissions failure for script " + program + " in path - disabling"
        : "Cannot find script " + program + " in path - disabling");
    return null;
  }

  /** Every directory from / down to the file, then the file itself (not following links). */
  private static void checkPathSecurity(
      Path file, boolean scriptSecurity, EnumSet<Flag> flags, List<String> log) {
    List<Path> chain = new ArrayList<>();
    for (Path p = file; p != null; p = p.getParent()) {
      chain.add(0, p);
    }
    for (int i = 0; i < chain.size(); i++) {
      boolean last = i == chain.size() - 1;
      Stat s = Stat.of(chain.get(i), false);
      if (s == null) {
        log.add("check_script_secure could not find script '" + file + "' - disabling");
        flags.add(Flag.NOT_FOUND);
        return;
      }
      int type = s.mode & S_IFMT;
      if ((!last && type != S_IFDIR) || (last && type != S_IFREG && type != S_IFLNK)) {
        log.add("Wrong file type found in script path '" + file + "'.");
        flags.add(Flag.INHIBIT);
        return;
      }
      boolean writableKind = (type == S_IFDIR && (s.mode & S_ISVTX) == 0) || type == S_IFREG;
      boolean othersWrite = (s.gid != 0 && (s.mode & 0020) != 0) || (s.mode & 0002) != 0;
      if (s.uid != 0 || (writableKind && othersWrite)) {
        log.add("Unsafe permissions found for script '" + file + "'"
            + (scriptSecurity ? " - disabling" : "") + ".");
        flags.add(Flag.INSECURE);
        if (scriptSecurity) {
          flags.add(Flag.INHIBIT);
        }
        return;
      }
    }
  }

  /** keepalived's is_executable: root needs any x bit; others the bit of their class. */
  static boolean isExecutable(Stat s, RunAs who) {
    int m = s.mode;
    return (who.uid() == 0 && (m & 0111) != 0)
        || (who.uid() == s.uid && (m & 0100) != 0)
        || (who.uid() != s.uid
            && ((who.gid() == s.gid && (m & 0010) != 0) || (who.gid() != s.gid && (m & 0001) != 0)));
  }

  /** The stat fields the check needs. */
  record Stat(int mode, int uid, int gid) {
    static Stat of(Path p, boolean follow) {
      LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
      try {
        return new Stat(
            (Integer) Files.getAttribute(p, "unix:mode", opts),
            (Integer) Files.getAttribute(p, "unix:uid", opts),
            (Integer) Files.getAttribute(p, "unix:gid", opts));
      } catch (IOException | UnsupportedOperationException e) {
        return null;
      }
    }
  }
}
