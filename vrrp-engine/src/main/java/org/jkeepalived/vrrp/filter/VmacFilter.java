package org.jkeepalived.vrrp.filter;

/**
 * The firewall's part in keeping a macvlan VMAC's own multicast traffic off the wire (keepalived
 * 2.2.7 does it whenever it makes a VMAC). The kernel sends the VMAC's IGMP reports (IPv4) and
 * MLD reports (IPv6) from the virtual MAC, so a switch snooping them would learn 00:00:5e:00:01:VRID
 * on the backup's port too and send the master's traffic there; router solicitations from the
 * VMAC would do the same. So keepalived re-sends IGMP/MLD reports through the base interface
 * (with its own MAC) and drops the VMAC's copy, and drops its router solicitations. Called on the
 * engine loop; failures are logged, never thrown.
 */
public interface VmacFilter {
  /** A filter that does nothing (no firewall). */
  VmacFilter NONE = new VmacFilter() {
    @Override
    public void added(boolean ipv6, String vmac, String base) {}

    @Override
    public void removing(boolean ipv6, String vmac) {}
  };

  /**
   * A macvlan VMAC now exists: filter it. Call before the VMAC is set up, so that its first
   * reports are already caught.
   *
   * @param ipv6 the family of the instance (or VIP) the VMAC is for
   * @param vmac the VMAC's name
   * @param base the name of the interface it sits on
   */
  void added(boolean ipv6, String vmac, String base);

  /** The VMAC is about to be deleted (nft names it by name, so this comes first). */
  void removing(boolean ipv6, String vmac);
}
