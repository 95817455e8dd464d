package org.jkeepalived.conf.diag;

import java.nio.file.Path;

/** Where a configuration line came from: the file (as named to the user) and its 1-based line. */
public record Location(Path file, int line) {
  /** keepalived's prefix: {@code (FILE: Line N)}, with the file's name as given. */
  public String prefix() {
    return "(" + file + ": Line " + line + ")";
  }

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
