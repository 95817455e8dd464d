package org.jkeepalived.conf.pre;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.diag.Location;
import org.jkeepalived.conf.diag.Severity;

/**
 * Turns an include line into the files to read, with keepalived 2.2.7's messages for what did not
 * match. Each message is an error only when the include_check level asks for it, otherwise it is
 * information (as {@code keepalived -t} prints it without failing).
 */
final class IncludeResolver {
  /** A file to read: its name as keepalived shows it, and where it is. */
  record Match(Path display, Path file) {}

  private final Diagnostics diagnostics;

  IncludeResolver(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The readable regular files {@code pattern} names, relative to {@code base}. */
  List<Match> resolve(String pattern, Path base, int checks, Location at) {
    List<IncludeGlob.Alternative> alts = IncludeGlob.expand(pattern, base);
    int matched = 0;
    boolean wildcard = false;
    boolean literalMissing = false;
    for (IncludeGlob.Alternative alt : alts) {
      matched += alt.matches().size();
      wildcard |= alt.wildcard();
      literalMissing |= !alt.wildcard() && alt.matches().isEmpty();
    }
    if (matched == 0) {
      if (wildcard) {
        if ((checks & IncludeCheck.WILDCARD_MATCH) != 0) {
          diagnostics.error(at, "No config files matched '" + pattern + "'.");
        }
      } else {
        boolean err = (checks & (IncludeCheck.MATCH | IncludeCheck.WILDCARD_MATCH)) != 0
            || (alts.size() > 1 && (checks & IncludeCheck.BRACE_MATCH) != 0);
        report(err, at, "Config files missing '" + pattern + "'.");
      }
      return List.of();
    }
    if (alts.size() > 1 && literalMissing) {
      report((checks & IncludeCheck.BRACE_MATCH) != 0, at,
          "Some config files missing: \"" + pattern + "\".");
    }
    List<Match> out = new ArrayList<>(matched);
    boolean readable = (checks & IncludeCheck.READABLE) != 0;
    for (IncludeGlob.Alternative alt : alts) {
      for (String name : alt.matches()) {
        if (name.endsWith("/")) {
          report(readable, at, "Configuration file '" + name + "' is a directory - skipping");
          continue;
        }
        Path file = base.resolve(name);
        if (!Files.isRegularFile(file) || executable(file)) {
          report(readable, at,
              "Configuration file '" + name + "' is not a regular non-executable file - skipping");
          continue;
        }
        if (!Files.isReadable(file)) {
          report(readable, at,
              "Configuration file '" + name + "' open problem (Permission denied) - skipping");
          continue;
        }
        out.add(new Match(Path.of(name), file));
      }
    }
    return out;
  }

  private static boolean executable(Path file) {
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
      return perms.contains(PosixFilePermission.OWNER_EXECUTE)
          || perms.contains(PosixFilePermission.GROUP_EXECUTE)
          || perms.contains(PosixFilePermission.OTHERS_EXECUTE);
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  private void report(boolean error, Location at, String message) {
    diagnostics.report(error ? Severity.ERROR : Severity.INFO, at, message);
  }
}
