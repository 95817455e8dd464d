package org.jkeepalived.agent.mail;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jkeepalived.mibs.config.GlobalDefs;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;
import org.jkeepalived.mibs.model.VrrpState;

/**
 * Which VRRP state changes send mail, with keepalived 2.2.7's words (vrrp_notify.c {@code
 * vrrp_smtp_notifier}, {@code vrrp_sync_smtp_notifier}; core/smtp.c {@code smtp_alert}): subject
 * {@code [ROUTER_ID] VRRP Instance NAME - Entering MASTER state} (or {@code VRRP Group}), body
 * {@code => VRRP Instance is now owning VRRP VIPs <=} and so on. An instance or group mails when
 * its {@code smtp_alert} is on, or unset and the global {@code smtp_alert_vrrp}, else {@code
 * smtp_alert}, is on (vrrp.c); never twice for the same state; never for FAULT under {@code
 * no_email_faults}. An instance already notified once that moves into the state its sync group is
 * in sends nothing (send_instance_notifies: the group's mail covers it). Pure; fed on one thread.
 */
public final class SmtpAlertPlanner {
  /** Subject end and body per instance state (vrrp_smtp_notifier). */
  private static final Map<VrrpState, String[]> INSTANCE_TEXT = Map.of(
      VrrpState.MASTER, new String[] {"Entering MASTER state",
          "=> VRRP Instance is now owning VRRP VIPs <="},
      VrrpState.BACKUP, new String[] {"Entering BACKUP state",
          "=> VRRP Instance is no longer owning VRRP VIPs <="},
      VrrpState.FAULT, new String[] {"Entering FAULT state",
          "=> VRRP Instance is no longer owning VRRP VIPs <="},
      VrrpState.SHUTDOWN, new String[] {"Stopping", "=> VRRP Instance stopping <="},
      VrrpState.DELETED, new String[] {"Deleted", "=> VRRP Deleted at reload <="});

  /** Subject end and body per sync group state (vrrp_sync_smtp_notifier). */
  private static final Map<VrrpState, String[]> GROUP_TEXT = Map.of(
      VrrpState.MASTER, new String[] {"Entering MASTER state",
          "=> All VRRP group instances are now in MASTER state <="},
      VrrpState.BACKUP, new String[] {"Entering BACKUP state",
          "=> All VRRP group instances are now in BACKUP state <="},
      VrrpState.FAULT, new String[] {"Entering FAULT state",
          "=> All VRRP group instances are now in FAULT state <="},
      VrrpState.SHUTDOWN, new String[] {"Stopping",
          "=> All VRRP group instances are now stopping <="});

  private final Map<String, VrrpState> lastInstanceMail = new HashMap<>();
  private final Map<String, VrrpState> lastGroupMail = new HashMap<>();
  private final Map<String, VrrpState> groupStates = new HashMap<>();
  private final Set<String> notified = new HashSet<>();

  /** The alert for an instance's new state, if one is due. */
  public Optional<SmtpAlert> instance(VrrpInstanceConfig cfg, String group, VrrpState state,
      GlobalDefs.Notification global, String routerId) {
    String name = cfg.name();
    boolean alreadyNotified = !notified.add(name);
    if (alreadyNotified && group != null && groupStates.get(group) == state) {
      return Optional.empty();
    }
    return alert(lastInstanceMail, INSTANCE_TEXT, "VRRP Instance ", name, state,
        cfg.behaviour().smtpAlert(), global, routerId);
  }

  /** The alert for a sync group's new state, if one is due. */
  public Optional<SmtpAlert> group(VrrpSyncGroupConfig cfg, VrrpState state,
      GlobalDefs.Notification global, String routerId) {
    String name = cfg.name();
    groupStates.put(name, state);
    return alert(lastGroupMail, GROUP_TEXT, "VRRP Group ", name, state, cfg.smtpAlert(), global,
        routerId);
  }

  private static Optional<SmtpAlert> alert(Map<String, VrrpState> last,
      Map<VrrpState, String[]> texts, String kind, String name, VrrpState state, Boolean own,
      GlobalDefs.Notification global, String routerId) {
    String[] text = texts.get(state);
    if (text == null || !enabled(own, global) || !due(last, name, state, global)) {
      return Optional.empty();
    }
    last.put(name, state);
    return Optional.of(new SmtpAlert("[" + routerId + "] " + kind + name + " - " + text[0],
        text[1]));
  }

  /** vrrp.c: the row's own smtp_alert, else smtp_alert_vrrp, else smtp_alert, else off. */
  static boolean enabled(Boolean own, GlobalDefs.Notification global) {
    if (own != null) {
      return own;
    }
    if (global.smtpAlertVrrp() != null) {
      return global.smtpAlertVrrp();
    }
    return Boolean.TRUE.equals(global.smtpAlert());
  }

  private static boolean due(Map<String, VrrpState> last, String name, VrrpState state,
      GlobalDefs.Notification global) {
    if (global.noEmailFaults() && state == VrrpState.FAULT) {
      return false;
    }
    return last.get(name) != state;
  }
}
