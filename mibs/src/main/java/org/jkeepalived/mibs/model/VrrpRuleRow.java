package org.jkeepalived.mibs.model;

import java.util.Objects;
import org.jkeepalived.mibs.config.VirtualRule;

/**
 * Config row of vrrpRuleTable, index (vrrpInstanceIndex, vrrpRuleIndex); static rules are under
 * instance index 0.
 */
public record VrrpRuleRow(VirtualRule rule) {
  public VrrpRuleRow {
    Objects.requireNonNull(rule);
  }
}
