package org.jkeepalived.vrrp.packet;

/** Which checksum computation a VRRP packet verified with (or is to be built with). */
public enum ChecksumVariant {
  /** v2: the VRRP message alone (RFC 3768 section 5.3.8). */
  MESSAGE_ONLY,
  /** v3: the message plus the IPv4 / IPv6 pseudo-header with the packet's real addresses
   *  (RFC 5798 section 5.2.8). */
  PSEUDO_HEADER,
  /** v3 over IPv4, unicast, keepalived before 1.3.6 (and {@code old_unicast_checksum}): the
   *  pseudo-header carries the multicast group 224.0.0.18 instead of the unicast destination. */
  OLD_UNICAST,
  /** v3 over IPv4 with keepalived's {@code v3_checksum_as_v2}: no pseudo-header. */
  V3_AS_V2
}
