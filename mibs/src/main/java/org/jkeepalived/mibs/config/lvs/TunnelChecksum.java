package org.jkeepalived.mibs.config.lvs;

/** Tunnel checksum option for GUE/GRE tunnels (IP_VS_TUNNEL_ENCAP_FLAG_*). */
public enum TunnelChecksum {
  NOCSUM,
  CSUM,
  REMCSUM
}
