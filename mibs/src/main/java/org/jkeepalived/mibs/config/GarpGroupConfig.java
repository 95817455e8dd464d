package org.jkeepalived.mibs.config;

import java.time.Duration;
import java.util.List;

/** A garp_group: the GARP/NA spacing shared by a set of interfaces (null: not set). */
public record GarpGroupConfig(Duration garpInterval, Duration gnaInterval, List<String> interfaces) {
  public GarpGroupConfig {
    interfaces = List.copyOf(interfaces);
  }
}
