package org.jkeepalived.mibs.config;

import java.net.InetAddress;

/**
 * The IPVS connection sync daemon (global lvs_sync_daemon): interface, the vrrp_instance whose
 * state it follows (null: run both master and backup), and the optional kernel parameters.
 */
public record LvsSyncDaemon(
    String interfaceName,
    String vrrpInstance,
    Integer syncId,
    Integer maxLength,
    Integer port,
    Integer ttl,
    InetAddress group) {}
