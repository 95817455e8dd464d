package org.jkeepalived.mibs.model;

import java.util.Objects;
import org.jkeepalived.mibs.config.DaemonOptions;
import org.jkeepalived.mibs.config.GlobalDefs;

/**
 * Config row of the global scalars (KEEPALIVED-MIB global group, VRRP-MIB vrrpOperations): the
 * daemon's version string, global_defs and the top-level daemon options. One row, index 0.
 */
public record GlobalRow(String version, GlobalDefs global, DaemonOptions daemon) {
  public GlobalRow {
    Objects.requireNonNull(version);
    Objects.requireNonNull(global);
    Objects.requireNonNull(daemon);
  }
}
