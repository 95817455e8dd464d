package org.jkeepalived.lvs.service;

import org.jkeepalived.linux.ipvs.IpvsTimeouts;
import org.jkeepalived.mibs.config.GlobalDefs;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.config.LvsSyncDaemon;

/**
 * The engine-wide LVS settings of global_defs, which live outside the rows.
 *
 * @param flush lvs_flush: clear the IPVS table at start
 * @param flushOnStop lvs_flush_on_stop (full): one FLUSH at stop
 * @param flushOnStopVsOnly lvs_flush_on_stop VS: delete the services without their destinations
 * @param rsInitNotifies rs_init_notifies: notify for the real servers alive at start
 * @param timeouts lvs_timeouts; null when none is set
 * @param syncDaemon lvs_sync_daemon, or null
 */
public record LvsSettings(boolean flush, boolean flushOnStop, boolean flushOnStopVsOnly,
    boolean rsInitNotifies, IpvsTimeouts timeouts, LvsSyncDaemon syncDaemon) {

  public static final LvsSettings DEFAULTS = new LvsSettings(false, false, false, false, null, null);

  public static LvsSettings of(KeepalivedConfig config) {
    GlobalDefs g = config.global();
    GlobalDefs.Lvs l = g == null ? null : g.lvs();
    if (l == null) {
      return DEFAULTS;
    }
    int tcp = seconds(l.tcpTimeout());
    int fin = seconds(l.tcpFinTimeout());
    int udp = seconds(l.udpTimeout());
    IpvsTimeouts t = tcp == 0 && fin == 0 && udp == 0 ? null : new IpvsTimeouts(tcp, fin, udp);
    return new LvsSettings(l.flush(), l.flushOnStop(), l.flushOnStopVsOnly(), l.rsInitNotifies(),
        t, l.syncDaemon());
  }

  private static int seconds(java.time.Duration d) {
    return d == null ? 0 : (int) d.toSeconds();
  }
}
