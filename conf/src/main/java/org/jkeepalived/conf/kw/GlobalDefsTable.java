package org.jkeepalived.conf.kw;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.NetlinkBuffer;

/** The global_defs keywords of keepalived 2.2.7 (keepalived.conf(5), "Global definitions"). */
public final class GlobalDefsTable {
  /** keepalived's largest timer: 2^32-1 microseconds. */
  static final double MAX_TIMER = 4294.967295;

  private GlobalDefsTable() {}

  public static KeywordTable<GlobalDefsBuilder> create() {
    KeywordTable.Builder<GlobalDefsBuilder> t = KeywordTable.builder("global_defs");
    notification(t);
    vrrp(t);
    garp(t);
    firewall(t);
    lvs(t);
    scripts(t);
    snmp(t);
    processes(t);
    daemon(t);
    return t.build();
  }

  private static void notification(KeywordTable.Builder<GlobalDefsBuilder> t) {
    t.string("router_id", (b, v) -> b.routerId = v)
        .wordList("notification_email", b -> b.emails)
        .string("notification_email_from", (b, v) -> b.emailFrom = v)
        .on(
            "smtp_server",
            (n, b, c) -> {
              if (!Values.requireArgs(n, 1, c)) {
                return;
              }
              b.smtpServer = n.arg(0);
              if (n.arg(1) != null) {
                Long port = Values.integer(n, 1, 1, 65535, c);
                if (port != null) {
                  b.smtpPort = port.intValue();
                }
              }
            })
        .string("smtp_helo_name", (b, v) -> b.smtpHeloName = v)
        .on(
            "smtp_connect_timeout",
            (n, b, c) -> {
              java.time.Duration d = Values.wholeSeconds(n, 0, 1, Integer.MAX_VALUE, c);
              if (d != null) {
                b.smtpConnectTimeout = d;
              }
            })
        .on("smtp_alert", globalBool((b, v) -> b.smtpAlert = v))
        .on("smtp_alert_vrrp", globalBool((b, v) -> b.smtpAlertVrrp = v))
        .on("smtp_alert_checker", globalBool((b, v) -> b.smtpAlertChecker = v))
        .flag("checker_log_all_failures", (b, v) -> b.checkerLogAllFailures = v)
        .set("no_email_faults", b -> b.noEmailFaults = true)
        .set("no_checker_emails", b -> b.noCheckerEmails = true);
  }

  /** keepalived's wording for a bad boolean in global_defs. */
  private static KeywordHandler<GlobalDefsBuilder> globalBool(
      java.util.function.BiConsumer<GlobalDefsBuilder, Boolean> setter) {
    return (n, b, c) -> {
      String s = n.arg(0);
      Boolean v = s == null ? Boolean.TRUE : Values.parseBool(s);
      if (v == null) {
        c.error(n, "Invalid value '" + s + "' for global " + n.keyword() + " specified");
      } else {
        setter.accept(b, v);
      }
    };
  }

  private static void vrrp(KeywordTable.Builder<GlobalDefsBuilder> t) {
    t.on("vrrp_mcast_group4", mcast(false))
        .on("vrrp_mcast_group6", mcast(true))
        .on(
            "vrrp_version",
            (n, b, c) -> {
              Long v = Values.integer(n, 0, 2, 3, c);
              if (v == null) {
                c.error(n, "VRRP Error: Version must be either 2 or 3");
              } else {
                b.vrrpVersion = v.intValue();
              }
            })
        .set("vrrp_strict", b -> b.vrrpStrict = true)
        .set("vrrp_skip_check_adv_addr", b -> b.skipCheckAdvAddr = true)
        .set("vrrp_check_unicast_src", b -> b.checkUnicastSrc = true)
        .flag("vrrp_lower_prio_no_advert", (b, v) -> b.lowerPrioNoAdvert = v)
        .flag("vrrp_higher_prio_send_advert", (b, v) -> b.higherPrioSendAdvert = v)
        .flag("vrrp_notify_priority_changes", (b, v) -> b.notifyPriorityChanges = v)
        .seconds("vrrp_startup_delay", 0.001, MAX_TIMER, (b, v) -> b.startupDelay = v)
        .set("log_unknown_vrids", b -> b.logUnknownVrids = true)
        .string("vmac_prefix", (b, v) -> b.vmacPrefix = v)
        .string("vmac_addr_prefix", (b, v) -> b.vmacAddrPrefix = v)
        .integer("vrrp_down_timer_adverts", 1, 100, (b, v) -> b.downTimerAdverts = v)
        .set("disable_local_igmp", b -> b.disableLocalIgmp = true)
        .string("default_interface", (b, v) -> b.defaultInterface = v)
        .string("vrrp_rx_bufs_policy", (b, v) -> b.rxBufsPolicy = v)
        .integer("vrrp_rx_bufs_multiplier", 1, Integer.MAX_VALUE, (b, v) -> b.rxBufsMultiplier = v)
        .on(
            "dynamic_interfaces",
            (n, b, c) -> {
              b.dynamicInterfaces = true;
              c.allowDynamicInterfaces();
              b.dynamicInterfacesAllowIfChanges = "allow_if_changes".equals(n.arg(0));
            });
  }

  private static KeywordHandler<GlobalDefsBuilder> mcast(boolean v6) {
    return (n, b, c) -> {
      InetAddress a = Addresses.literal(n.arg(0));
      boolean ok = a != null && a.isMulticastAddress()
          && (v6 ? a instanceof Inet6Address : a instanceof Inet4Address);
      if (!ok) {
        c.error(n, "Can't parse " + n.keyword() + " [" + Values.argOrEmpty(n, 0) + "]. Skipping");
      } else if (v6) {
        b.mcastGroup6 = a;
      } else {
        b.mcastGroup4 = a;
      }
    };
  }

  private static void garp(KeywordTable.Builder<GlobalDefsBuilder> t) {
    t.on("vrrp_garp_master_delay", (n, b, c) -> GarpKeywords.delay(n, c, v -> b.garp.masterDelay = v))
        .on("vrrp_garp_master_repeat", (n, b, c) -> GarpKeywords.repeat(n, c, v -> b.garp.masterRepeat = v))
        .on("vrrp_garp_lower_prio_delay", (n, b, c) -> GarpKeywords.delay(n, c, v -> b.garp.lowerPrioDelay = v))
        .on("vrrp_garp_lower_prio_repeat", (n, b, c) -> GarpKeywords.repeat(n, c, v -> b.garp.lowerPrioRepeat = v))
        .on("vrrp_garp_master_refresh", (n, b, c) -> GarpKeywords.delay(n, c, v -> b.garp.masterRefresh = v))
        .on("vrrp_garp_master_refresh_repeat", (n, b, c) -> GarpKeywords.repeat(n, c, v -> b.garp.masterRefreshRepeat = v))
        .seconds("vrrp_garp_interval", 0.000001, MAX_TIMER, (b, v) -> b.garp.arpInterval = v)
        .seconds("vrrp_gna_interval", 0.000001, MAX_TIMER, (b, v) -> b.garp.naInterval = v)
        .flag("vrrp_min_garp", (b, v) -> b.minGarp = v)
        .on(
            List.of("vrrp_garp_extra_if", "vrrp_vmac_garp_intvl"),
            (n, b, c) -> {
              int i = "all".equals(n.arg(0)) ? 1 : 0;
              b.garpExtraIfAll = i == 1;
              java.time.Duration d = Values.wholeSeconds(n, i, 0, 86400, c);
              if (d != null) {
                b.garpExtraIf = d;
              }
            });
  }

  private static void firewall(KeywordTable.Builder<GlobalDefsBuilder> t) {
    t.on(
            "vrrp_iptables",
            (n, b, c) -> {
              // keepalived 2.2.7 as Debian builds it has nftables only.
              c.warning(n, "iptables not supported, using nftables instead. Please replace"
                  + " 'vrrp_iptables and 'vrrp_ipsets' with 'nftables' config option");
              if (b.nftablesTable == null) {
                b.nftablesTable = "keepalived";
              }
              List<String> chains = new ArrayList<>(n.args());
              if (chains.isEmpty()) {
                chains.add("INPUT");
                chains.add("OUTPUT");
              }
              b.iptablesChains = List.copyOf(chains);
            })
        .on("nftables", (n, b, c) -> b.nftablesTable = n.args().isEmpty() ? "keepalived" : n.arg(0))
        .integer("nftables_priority", Integer.MIN_VALUE, Integer.MAX_VALUE, (b, v) -> b.nftablesPriority = v)
        .set("nftables_counters", b -> b.nftablesCounters = true)
        .set("nftables_ifindex", b -> b.nftablesIfindex = true)
        .on("nftables_ipvs", (n, b, c) -> b.nftablesIpvsTable = n.args().isEmpty() ? "keepalived_ipvs" : n.arg(0))
        .integer("nftables_ipvs_priority", Integer.MIN_VALUE, Integer.MAX_VALUE, (b, v) -> b.nftablesIpvsPriority = v)
        .integer("nftables_ipvs_start_fwmark", 1, Integer.MAX_VALUE, (b, v) -> b.nftablesIpvsStartFwmark = v);
  }

  private static void lvs(KeywordTable.Builder<GlobalDefsBuilder> t) {
    t.on("lvs_sync_daemon", (n, b, c) -> b.lvsSyncDaemon = LvsSyncDaemonParser.parse(n, c))
        .on("lvs_timeouts", GlobalDefsTable::lvsTimeouts)
        .set("lvs_flush", b -> b.lvsFlush = true)
        .on(
            List.of("lvs_flush_on_stop", "lvs_flush_onstop"),
            (n, b, c) -> {
              b.lvsFlushOnStop = true;
              b.lvsFlushOnStopVsOnly = "VS".equals(n.arg(0));
            })
        .set("rs_init_notifies", b -> b.rsInitNotifies = true);
  }

  private static void lvsTimeouts(ConfNode n, GlobalDefsBuilder b, ParseContext c) {
    if (n.args().isEmpty()) {
      c.error(n, "lvs_timeouts requires at least one option");
      return;
    }
    for (int i = 0; i + 1 < n.args().size(); i += 2) {
      java.time.Duration d = Values.wholeSeconds(n, i + 1, 1, 86400 * 365, c);
      switch (n.arg(i)) {
        case "tcp":
          b.lvsTcpTimeout = d;
          break;
        case "tcpfin":
          b.lvsTcpFinTimeout = d;
          break;
        case "udp":
          b.lvsUdpTimeout = d;
          break;
        default:
          c.error(n, "Unknown option " + n.arg(i) + " specified for lvs_timeouts");
      }
    }
  }

  private static void scripts(KeywordTable.Builder<GlobalDefsBuilder> t) {
    t.on(
            "script_user",
            (n, b, c) -> {
              if (Values.requireArgs(n, 1, c)) {
                b.scriptUser = n.arg(0);
                b.scriptGroup = n.arg(1);
              }
            })
        .set("enable_script_security", b -> b.enableScriptSecurity = true)
        .on("startup_script", (n, b, c) -> b.startupScript = Scripts.script(n, 0, c))
        .on("shutdown_script", (n, b, c) -> b.shutdownScript = Scripts.script(n, 0, c))
        .on("startup_script_timeout", (n, b, c) -> {
          java.time.Duration d = Values.wholeSeconds(n, 0, 1, 1000, c);
          if (d != null) {
            b.startupScriptTimeout = d;
          }
        })
        .on("shutdown_script_timeout", (n, b, c) -> {
          java.time.Duration d = Values.wholeSeconds(n, 0, 1, 1000, c);
          if (d != null) {
            b.shutdownScriptTimeout = d;
          }
        })
        .on("notify_fifo", (n, b, c) -> b.fifo = Scripts.fifo(n, b.fifo, c))
        .on("notify_fifo_script", (n, b, c) -> b.fifo = Scripts.fifoScript(n, b.fifo, c))
        .on("vrrp_notify_fifo", (n, b, c) -> b.vrrpFifo = Scripts.fifo(n, b.vrrpFifo, c))
        .on("vrrp_notify_fifo_script", (n, b, c) -> b.vrrpFifo = Scripts.fifoScript(n, b.vrrpFifo, c))
        .on("lvs_notify_fifo", (n, b, c) -> b.lvsFifo = Scripts.fifo(n, b.lvsFifo, c))
        .on("lvs_notify_fifo_script", (n, b, c) -> b.lvsFifo = Scripts.fifoScript(n, b.lvsFifo, c))
        .set("fifo_write_vrrp_states_on_reload", b -> b.fifoWriteVrrpStatesOnReload = true);
  }

  private static void snmp(KeywordTable.Builder<GlobalDefsBuilder> t) {
    t.string("snmp_socket", (b, v) -> b.snmpSocket = v)
        .set("enable_snmp_vrrp", b -> b.snmpVrrp = true)
        .set("enable_snmp_keepalived", b -> b.snmpVrrp = true)
        .set("enable_snmp_checker", b -> b.snmpChecker = true)
        .set("enable_snmp_rfc", b -> {
          b.snmpRfcV2 = true;
          b.snmpRfcV3 = true;
        })
        .set("enable_snmp_rfcv2", b -> b.snmpRfcV2 = true)
        .set("enable_snmp_rfcv3", b -> b.snmpRfcV3 = true)
        .set("enable_traps", b -> b.snmpTraps = true)
        .set("enable_dbus", b -> b.enableDbus = true)
        .string("dbus_service_name", (b, v) -> b.dbusServiceName = v);
  }

  private static void processes(KeywordTable.Builder<GlobalDefsBuilder> t) {
    ProcessKeywords.install(t, "vrrp", b -> b.vrrpProcess);
    ProcessKeywords.install(t, "checker", b -> b.checkerProcess);
    ProcessKeywords.install(t, "bfd", b -> b.bfdProcess);
    for (String nl :
        List.of(
            "vrrp_netlink_cmd_rcv_bufs", "vrrp_netlink_monitor_rcv_bufs",
            "lvs_netlink_cmd_rcv_bufs", "lvs_netlink_monitor_rcv_bufs",
            "process_monitor_rcv_bufs")) {
      t.on(nl, (n, b, c) -> {
        Long v = Values.integer(n, 0, 0, Integer.MAX_VALUE, c);
        if (v != null) {
          NetlinkBuffer old = b.netlinkBuffers.getOrDefault(nl, NetlinkBuffer.DEFAULT);
          b.netlinkBuffers.put(nl, new NetlinkBuffer(v.intValue(), old.force()));
        }
      });
      t.flag(nl + "_force", (b, v) -> {
        NetlinkBuffer old = b.netlinkBuffers.getOrDefault(nl, NetlinkBuffer.DEFAULT);
        b.netlinkBuffers.put(nl, new NetlinkBuffer(old.bytes(), v));
      });
    }
  }

  private static void daemon(KeywordTable.Builder<GlobalDefsBuilder> t) {
    t.set("process_names", b -> b.processNames = true)
        .string("process_name", (b, v) -> b.processName = v)
        // keepalived's older name for the checker process name.
        .string("lvs_process_name", (b, v) -> b.checkerProcess.processName = v)
        .string("tmp_config_directory", (b, v) -> b.tmpConfigDirectory = v)
        .string("config_save_dir", (b, v) -> b.configSaveDir = v)
        .on("max_auto_priority", (n, b, c) -> {
          if (n.arg(0) == null) {
            b.maxAutoPriority = 99;
            return;
          }
          Long v = Values.integer(n, 0, -1, 99, c);
          if (v != null) {
            b.maxAutoPriority = v.intValue();
          }
        })
        .on("min_auto_priority_delay", (n, b, c) -> {
          Long v = Values.integer(n, 0, 1, Integer.MAX_VALUE, c);
          if (v != null) {
            b.minAutoPriorityDelay = java.time.Duration.ofNanos(v * 1000);
          }
        })
        .on("umask", (n, b, c) -> {
          // keepalived reads the number with base 0, so a leading 0 means octal.
          String a = Values.argOrEmpty(n, 0);
          Long v = null;
          try {
            v = a.startsWith("0") && !a.startsWith("0x") && a.length() > 1
                ? Long.parseLong(a.substring(1), 8) : Values.parseLong(a);
          } catch (NumberFormatException e) {
            v = null;
          }
          if (v == null || v < 0 || v > 0777) {
            c.error(n, "Invalid umask value " + a);
          } else {
            b.umask = v.intValue();
          }
        })
        .on("random_seed", (n, b, c) -> b.randomSeed = Values.integer(n, 0, 0, 0xffffffffL, c))
        .on("reload_check_config", (n, b, c) -> b.reloadCheckConfig = n.args().isEmpty() ? "" : n.arg(0))
        .on("include_check", (n, b, c) -> b.includeCheck = String.join(" ", n.args()))
        .string("reload_time_file", (b, v) -> b.reloadTimeFile = v)
        .set("reload_repeat", b -> b.reloadRepeat = true)
        .on("reload_file", (n, b, c) -> b.reloadFile = n.args().isEmpty() ? "/run/keepalived.reload" : n.arg(0))
        .flag("data_use_instance", (b, v) -> b.dataUseInstance = v);
  }
}
