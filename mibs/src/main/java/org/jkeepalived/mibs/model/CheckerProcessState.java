package org.jkeepalived.mibs.model;

import org.jkeepalived.mibs.config.LvsSyncDaemon;

/**
 * What the running checker subsystem (keepalived's healthcheck process, our LVS engine) serves of
 * itself: the row exists while it runs. keepalived's check subtree is served by that process
 * alone, so a daemon without virtual servers has no lvsSyncDaemon scalars at all, and one whose
 * checker runs without an lvs_sync_daemon answers lvsSyncDaemonEnabled = false
 * (check/check_snmp.c, check_snmp_lvs_sync_daemon).
 *
 * @param syncDaemon the lvs_sync_daemon the engine runs with (of its last start or reload), or
 *     null when none is configured
 */
public record CheckerProcessState(LvsSyncDaemon syncDaemon) {}
