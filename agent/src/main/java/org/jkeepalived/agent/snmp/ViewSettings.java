package org.jkeepalived.agent.snmp;

import java.util.List;

/**
 * A VACM view (RFC 3415 vacmViewTreeFamilyTable): the subtrees it includes and those it
 * excludes, as dotted OIDs; the longest matching subtree decides.
 */
public record ViewSettings(String name, List<String> included, List<String> excluded) {
  public ViewSettings {
    included = List.copyOf(included);
    excluded = List.copyOf(excluded);
  }
}
