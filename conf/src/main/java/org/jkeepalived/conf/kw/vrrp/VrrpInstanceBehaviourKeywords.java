package org.jkeepalived.conf.kw.vrrp;

import java.time.Duration;
import java.util.List;
import org.jkeepalived.conf.kw.KeywordTable;
import org.jkeepalived.conf.kw.Scripts;
import org.jkeepalived.conf.kw.Values;

/** Preemption, accept, strict, GARP, notify and the remaining switches of a vrrp_instance. */
final class VrrpInstanceBehaviourKeywords {
  private VrrpInstanceBehaviourKeywords() {}

  static void install(KeywordTable.Builder<VrrpInstanceBuilder> t) {
    t.set("nopreempt", b -> b.nopreempt = true)
        .set("preempt", b -> b.nopreempt = false)
        .seconds("preempt_delay", 0, 1000, (b, v) -> b.preemptDelay = v)
        .set("accept", b -> b.accept = true)
        .set("no_accept", b -> b.accept = false)
        .flag("strict_mode", (b, v) -> b.strict = v)
        .flag("skip_check_adv_addr", (b, v) -> b.skipCheckAdvAddr = v)
        .flag("lower_prio_no_advert", (b, v) -> b.lowerPrioNoAdvert = v)
        .flag("higher_prio_send_advert", (b, v) -> b.higherPrioSendAdvert = v)
        .integer("down_timer_adverts", 1, 100, (b, v) -> b.downTimerAdverts = v)
        .integer("debug", 0, 4, (b, v) -> b.debug = v)
        .flag("notify_priority_changes", (b, v) -> b.notifyPriorityChanges = v)
        .flag("smtp_alert", (b, v) -> b.smtpAlert = v)
        .set("linkbeat_use_polling", b -> b.linkbeatUsePolling = true)
        .on(
            "lvs_sync_daemon_interface",
            (n, b, c) -> {
              c.warning(
                  n, b.tag() + " Specifying lvs_sync_daemon_interface against a vrrp is deprecated.");
              c.warning(n, "        Please use global lvs_sync_daemon");
              b.lvsSyncDaemonInterface = n.arg(0);
            })
        .on(
            List.of(
                "notify_master", "notify_backup", "notify_fault", "notify_stop", "notify",
                "notify_master_rx_lower_pri"),
            VrrpInstanceTable::notify)
        .on(
            "notify_deleted",
            (n, b, c) -> {
              b.notifyDeleted = true;
              if (!n.args().isEmpty()) {
                b.notifyDeletedScript = Scripts.script(n, 0, c);
              }
            });
    garp(t);
  }

  private static void garp(KeywordTable.Builder<VrrpInstanceBuilder> t) {
    t.on("garp_master_delay", (n, b, c) -> {
          Long v = Values.integer(n, 0, 0, 4294, c);
          if (v != null) {
            b.garpOverrides.add(g -> g.masterDelay = Duration.ofSeconds(v));
          }
        })
        .on("garp_master_repeat", (n, b, c) -> {
          Long v = Values.integer(n, 0, 1, Integer.MAX_VALUE, c);
          if (v != null) {
            b.garpOverrides.add(g -> g.masterRepeat = v.intValue());
          }
        })
        .on("garp_lower_prio_delay", (n, b, c) -> {
          Long v = Values.integer(n, 0, 0, 4294, c);
          if (v != null) {
            b.garpOverrides.add(g -> g.lowerPrioDelay = Duration.ofSeconds(v));
          }
        })
        .on("garp_lower_prio_repeat", (n, b, c) -> {
          Long v = Values.integer(n, 0, 1, Integer.MAX_VALUE, c);
          if (v != null) {
            b.garpOverrides.add(g -> g.lowerPrioRepeat = v.intValue());
          }
        })
        .on("garp_master_refresh", (n, b, c) -> {
          Long v = Values.integer(n, 0, 0, 4294, c);
          if (v != null) {
            b.garpOverrides.add(g -> g.masterRefresh = Duration.ofSeconds(v));
          }
        })
        .on("garp_master_refresh_repeat", (n, b, c) -> {
          Long v = Values.integer(n, 0, 1, Integer.MAX_VALUE, c);
          if (v != null) {
            b.garpOverrides.add(g -> g.masterRefreshRepeat = v.intValue());
          }
        })
        .on("garp_extra_if", (n, b, c) -> {
          int i = "all".equals(n.arg(0)) ? 1 : 0;
          Long v = Values.integer(n, i, 0, 86400, c);
          if (v != null) {
            b.garpExtraIf = Duration.ofSeconds(v);
            b.garpExtraIfAll = i == 1;
          }
        });
  }
}
