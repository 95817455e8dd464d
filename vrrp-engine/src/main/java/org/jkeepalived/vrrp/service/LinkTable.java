package org.jkeepalived.vrrp.service;

import java.util.HashMap;
import java.util.Map;
import org.jkeepalived.linux.neigh.MacAddress;
import org.jkeepalived.linux.rtnl.LinkInfo;
import org.jkeepalived.vrrp.vip.LinkDirectory;

/** The engine's view of the namespace's links, kept up to date on the loop from link events. */
final class LinkTable implements LinkDirectory {
  private final Map<Integer, LinkInfo> byIndex = new HashMap<>();

  /** Records a link; returns the previous view of it, or null. */
  LinkInfo put(LinkInfo link) {
    return byIndex.put(link.index(), link);
  }

  LinkInfo remove(int index) {
    return byIndex.remove(index);
  }

  /** Every link known now. */
  java.util.Collection<LinkInfo> all() {
    return java.util.List.copyOf(byIndex.values());
  }

  LinkInfo byName(String name) {
    return byIndex.values().stream().filter(l -> l.name().equals(name)).findFirst().orElse(null);
  }

  @Override
  public int indexOf(String name) {
    LinkInfo l = byName(name);
    return l == null ? 0 : l.index();
  }

  @Override
  public String nameOf(int ifindex) {
    LinkInfo l = byIndex.get(ifindex);
    return l == null ? String.valueOf(ifindex) : l.name();
  }

  @Override
  public MacAddress macOf(int ifindex) {
    LinkInfo l = byIndex.get(ifindex);
    byte[] hw = l == null ? null : l.hardwareAddress();
    return hw != null && hw.length == 6 ? MacAddress.of(hw) : null;
  }
}
