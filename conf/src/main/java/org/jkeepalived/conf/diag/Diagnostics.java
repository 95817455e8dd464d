package org.jkeepalived.conf.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects configuration problems in the order they were found. Not thread-safe. */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  public void report(Severity severity, Location location, String message) {
    items.add(new Diagnostic(severity, location, message));
  }

  public void warning(Location location, String message) {
    report(Severity.WARNING, location, message);
  }

  public void error(Location location, String message) {
    report(Severity.ERROR, location, message);
  }

  /** A {@link Severity#NOTE}: printed by {@code -t}, exit code unchanged. */
  public void note(Location location, String message) {
    report(Severity.NOTE, location, message);
  }

  public void fatal(Location location, String message) {
    report(Severity.FATAL, location, message);
  }

  public List<Diagnostic> all() {
    return Collections.unmodifiableList(items);
  }

  /**
   * The {@code -t} exit code: fatal (4) wins over security (6), which wins over errors and
   * warnings (5); 0 when nothing but information was reported.
   */
  public int exitCode() {
    boolean security = false;
    boolean error = false;
    for (Diagnostic d : items) {
      switch (d.severity()) {
        case FATAL:
          return 4;
        case SECURITY:
          security = true;
          break;
        case ERROR:
        case WARNING:
          error = true;
          break;
        default:
          break;
      }
    }
    return security ? 6 : error ? 5 : 0;
  }
}
