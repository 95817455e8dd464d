package org.jkeepalived.conf;

import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.mibs.config.KeepalivedConfig;

/** The corrected configuration and every problem found on the way. */
public record ParseResult(KeepalivedConfig config, Diagnostics diagnostics) {
  /** The {@code keepalived -t} exit code these problems lead to. */
  public int exitCode() {
    return diagnostics.exitCode();
  }
}
