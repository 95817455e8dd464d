package org.jkeepalived.vrrp.vip;

import org.jkeepalived.linux.neigh.MacAddress;

/** What VIP handling needs to know about interfaces: index, name and hardware address. */
public interface LinkDirectory {
  /** The index of the named interface, 0 when there is none. */
  int indexOf(String name);

  /** The name of an interface index, or the index as text when unknown. */
  String nameOf(int ifindex);

  /** The interface's MAC, or null when unknown (no GARP is sent then). */
  MacAddress macOf(int ifindex);
}
