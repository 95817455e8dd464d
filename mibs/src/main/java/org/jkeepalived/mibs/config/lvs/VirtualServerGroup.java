package org.jkeepalived.mibs.config.lvs;

import java.util.List;

/** A virtual_server_group: its address ranges and fwmarks, in file order. */
public record VirtualServerGroup(String name, List<VsgRange> ranges, List<VsgFwmark> fwmarks) {
  public VirtualServerGroup {
    ranges = List.copyOf(ranges);
    fwmarks = List.copyOf(fwmarks);
  }
}
