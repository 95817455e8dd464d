package org.jkeepalived.conf.check;

import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.RootBuilder;
import org.jkeepalived.mibs.config.KeepalivedConfig;

/**
 * keepalived's corrections after parsing (vrrp_complete_init and friends), in keepalived's order,
 * then the final build of the immutable configuration.
 */
public final class ConfigChecks {
  private ConfigChecks() {}

  public static KeepalivedConfig run(RootBuilder b, ParseContext ctx) {
    return new KeepalivedConfig(
        b.daemonOptions(), b.global.build(ctx.host().hostname()), b.lvs);
  }
}
