package org.jkeepalived.vrrp.packet;

/**
 * keepalived's {@code old_unicast_checksum} setting for VRRPv3 over IPv4 unicast. Up to 1.3.6
 * keepalived put the multicast group 224.0.0.18 into the pseudo-header even when sending to a
 * unicast peer; later versions use the real destination and recognise the old form.
 */
public enum UnicastChecksum {
  /** Default: send the RFC checksum; accept the old form too and report it as {@link
   *  ChecksumVariant#OLD_UNICAST} (keepalived then switches its own sending to the old form). */
  AUTO,
  /** {@code old_unicast_checksum}: send and expect the old form. */
  OLD,
  /** {@code old_unicast_checksum never}: send and expect the RFC form only. */
  NEVER
}
