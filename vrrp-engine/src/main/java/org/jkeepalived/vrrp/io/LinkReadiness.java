package org.jkeepalived.vrrp.io;

/**
 * Whether an interface can carry VRRP adverts yet. An IPv6 link needs to be running and to have a
 * usable (not tentative) link-local address: multicast sent before that is silently lost (seen in
 * the lab right after link up), so the first advert and the MLD report of the group join would
 * never reach the peers. IPv4 needs the link running only.
 */
@FunctionalInterface
public interface LinkReadiness {
  /** Every link ready at once (fakes, tests). */
  LinkReadiness ALWAYS = (ifname, ipv6) -> true;

  boolean ready(String ifname, boolean ipv6);
}
