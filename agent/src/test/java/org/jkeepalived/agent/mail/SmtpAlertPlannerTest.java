package org.jkeepalived.agent.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.agent.notify.VrrpFixtures.group;
import static org.jkeepalived.agent.notify.VrrpFixtures.instance;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.mibs.config.GlobalDefs;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpNotify;
import org.jkeepalived.mibs.model.VrrpState;
import org.junit.jupiter.api.Test;

/** keepalived's VRRP mail texts and when they are sent (vrrp_notify.c, smtp.c). */
class SmtpAlertPlannerTest {
  private final SmtpAlertPlanner planner = new SmtpAlertPlanner();
  private final VrrpInstanceConfig vi1 = instance("VI_1", 51, 100, VrrpNotify.NONE, false,
      List.of());

  static GlobalDefs.Notification global(Boolean smtpAlert, Boolean vrrp, boolean noFaults) {
    return new GlobalDefs.Notification(List.of("ops@example.org"), "lb@example.org",
        "198.18.0.25", 25, null, Duration.ofSeconds(30), smtpAlert, vrrp, null, false, noFaults,
        false);
  }

  @Test
  void eachInstanceStateHasKeepalivedsSubjectAndBody() {
    GlobalDefs.Notification on = global(true, null, false);
    assertThat(planner.instance(vi1, null, VrrpState.MASTER, on, "lb1")).contains(new SmtpAlert(
        "[lb1] VRRP Instance VI_1 - Entering MASTER state",
        "=> VRRP Instance is now owning VRRP VIPs <="));
    assertThat(planner.instance(vi1, null, VrrpState.BACKUP, on, "lb1")).contains(new SmtpAlert(
        "[lb1] VRRP Instance VI_1 - Entering BACKUP state",
        "=> VRRP Instance is no longer owning VRRP VIPs <="));
    assertThat(planner.instance(vi1, null, VrrpState.FAULT, on, "lb1")).contains(new SmtpAlert(
        "[lb1] VRRP Instance VI_1 - Entering FAULT state",
        "=> VRRP Instance is no longer owning VRRP VIPs <="));
    assertThat(planner.instance(vi1, null, VrrpState.SHUTDOWN, on, "lb1")).contains(
        new SmtpAlert("[lb1] VRRP Instance VI_1 - Stopping", "=> VRRP Instance stopping <="));
    assertThat(planner.instance(vi1, null, VrrpState.DELETED, on, "lb1")).contains(
        new SmtpAlert("[lb1] VRRP Instance VI_1 - Deleted", "=> VRRP Deleted at reload <="));
    assertThat(planner.instance(vi1, null, VrrpState.INIT, on, "lb1")).isEmpty();
  }

  @Test
  void aGroupSaysAllItsInstances() {
    var vg = group("VG_1", null, "VI_1");
    assertThat(planner.group(vg, VrrpState.MASTER, global(true, null, false), "lb1")).contains(
        new SmtpAlert("[lb1] VRRP Group VG_1 - Entering MASTER state",
            "=> All VRRP group instances are now in MASTER state <="));
    assertThat(planner.group(vg, VrrpState.SHUTDOWN, global(true, null, false), "lb1"))
        .contains(new SmtpAlert("[lb1] VRRP Group VG_1 - Stopping",
            "=> All VRRP group instances are now stopping <="));
  }

  @Test
  void theSameStateIsMailedOnce() {
    GlobalDefs.Notification on = global(true, null, false);
    assertThat(planner.instance(vi1, null, VrrpState.MASTER, on, "lb1")).isPresent();
    assertThat(planner.instance(vi1, null, VrrpState.MASTER, on, "lb1")).isEmpty();
  }

  @Test
  void theInstancesOwnSettingWinsThenSmtpAlertVrrpThenSmtpAlert() {
    assertThat(SmtpAlertPlanner.enabled(null, global(null, null, false))).isFalse();
    assertThat(SmtpAlertPlanner.enabled(null, global(true, null, false))).isTrue();
    assertThat(SmtpAlertPlanner.enabled(null, global(true, false, false))).isFalse();
    assertThat(SmtpAlertPlanner.enabled(null, global(false, true, false))).isTrue();
    assertThat(SmtpAlertPlanner.enabled(false, global(true, true, false))).isFalse();
    assertThat(SmtpAlertPlanner.enabled(true, global(false, false, false))).isTrue();
    VrrpInstanceConfig off = withSmtpAlert(vi1, false);
    assertThat(planner.instance(off, null, VrrpState.MASTER, global(true, true, false), "lb1"))
        .isEmpty();
  }

  @Test
  void noEmailFaultsSilencesFaultOnly() {
    GlobalDefs.Notification noFaults = global(true, null, true);
    assertThat(planner.instance(vi1, null, VrrpState.FAULT, noFaults, "lb1")).isEmpty();
    assertThat(planner.instance(vi1, null, VrrpState.BACKUP, noFaults, "lb1")).isPresent();
  }

  @Test
  void aNotifiedInstanceFollowingItsGroupLeavesTheMailToTheGroup() {
    GlobalDefs.Notification on = global(true, null, false);
    var vg = group("VG_1", null, "VI_1");
    assertThat(planner.instance(vi1, "VG_1", VrrpState.BACKUP, on, "lb1")).isPresent();
    assertThat(planner.group(vg, VrrpState.MASTER, on, "lb1")).isPresent();
    assertThat(planner.instance(vi1, "VG_1", VrrpState.MASTER, on, "lb1")).isEmpty();
  }

  /** A copy of an instance config with the Behaviour's smtp_alert set. */
  static VrrpInstanceConfig withSmtpAlert(VrrpInstanceConfig c, Boolean on) {
    VrrpInstanceConfig.Behaviour b = copy(c.behaviour(), "smtpAlert", on);
    return copy(c, "behaviour", b);
  }

  private static <R extends Record> R copy(R r, String component, Object value) {
    try {
      RecordComponent[] cs = r.getClass().getRecordComponents();
      Object[] args = new Object[cs.length];
      Class<?>[] types = new Class<?>[cs.length];
      for (int i = 0; i < cs.length; i++) {
        types[i] = cs[i].getType();
        args[i] = cs[i].getName().equals(component) ? value : cs[i].getAccessor().invoke(r);
      }
      @SuppressWarnings("unchecked")
      R out = (R) r.getClass().getDeclaredConstructor(types).newInstance(args);
      return out;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

}
