package org.jkeepalived.conf.diag;

/**
 * How bad a configuration problem is, ordered by the {@code -t} exit code it leads to (keepalived:
 * 0 valid, 4 fatal, 5 errors/warnings/unknown keywords, 6 unsafe scripts).
 */
public enum Severity {
  /** Informational; does not change the exit code. */
  INFO(0),
  /**
   * A jkeepalived extension keyword keepalived does not have, accepted and used: {@code -t}
   * shows it so that an operator sees the file is not keepalived's, and still exits 0.
   */
  EXTENSION(0),
  /**
   * Something {@code -t} says that keepalived would not, about the host rather than a line of the
   * file, without changing the exit code: what the LVS dataplane can provide.
   */
  NOTE(0),
  /** A correction keepalived makes and reports ({@code -t} exits 5). */
  WARNING(5),
  /** An invalid value or unknown keyword that is skipped ({@code -t} exits 5). */
  ERROR(5),
  /** A script security violation under enable_script_security ({@code -t} exits 6). */
  SECURITY(6),
  /** The configuration cannot be used at all ({@code -t} exits 4). */
  FATAL(4);

  private final int exitCode;

  Severity(int exitCode) {
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
