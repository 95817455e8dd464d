package org.jkeepalived.linux.ipvs;

import java.net.InetAddress;
import java.util.Objects;

/**
 * One IPVS connection synchronisation daemon (IPVS_DAEMON_ATTR_*): keepalived's {@code
 * lvs_sync_daemon INTERFACE VRRP_INSTANCE [id N] [maxlen N] [port N] [ttl N] [group ADDR]}.
 *
 * @param role master or backup
 * @param interfaceName the multicast interface
 * @param syncId the sync id (0..255)
 * @param maxLength sync message max length; 0: the kernel's default
 * @param port 0: the kernel's default (8848)
 * @param ttl 0: the kernel's default
 * @param group multicast group; null: the kernel's default
 */
public record IpvsSyncDaemon(
    Role role, String interfaceName, int syncId, int maxLength, int port, int ttl,
    InetAddress group) {

  public IpvsSyncDaemon {
    Objects.requireNonNull(role);
    Objects.requireNonNull(interfaceName);
  }

  /** IP_VS_STATE_MASTER (1) and IP_VS_STATE_BACKUP (2). */
  public enum Role {
    MASTER(1),
    BACKUP(2);

    private final int state;

    Role(int state) {
      this.state = state;
    }

    public int state() {
      return state;
    }
  }
}
