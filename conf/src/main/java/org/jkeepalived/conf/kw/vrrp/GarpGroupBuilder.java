package org.jkeepalived.conf.kw.vrrp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.mibs.config.GarpGroupConfig;

/** A garp_group while read. */
public final class GarpGroupBuilder {
  public Duration garpInterval;
  public Duration gnaInterval;
  public final List<String> interfaces = new ArrayList<>();

  public GarpGroupConfig build() {
    return new GarpGroupConfig(garpInterval, gnaInterval, interfaces);
  }
}
