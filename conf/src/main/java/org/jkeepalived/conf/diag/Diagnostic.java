package org.jkeepalived.conf.diag;

/** One configuration problem; {@code location} is null for problems not tied to a line. */
public record Diagnostic(Severity severity, Location location, String message) {
  /** The line as {@code -t} prints it: {@code (FILE: Line N) message}, or just the message. */
  public String render() {
    return location == null ? message : location.prefix() + " " + message;
  }
}
