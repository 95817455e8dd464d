package org.jkeepalived.agent.dump;

import java.util.List;
import org.jkeepalived.linux.proc.CommandLine;
import org.jkeepalived.mibs.config.Authentication;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.jkeepalived.mibs.config.TrackRef;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpNotify;
import org.jkeepalived.mibs.model.VipsStatus;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpStats;
import org.jkeepalived.mibs.store.StoreSnapshot;

/**
 * keepalived's JSON dump ({@code vrrp_print_json}, /tmp/keepalived.json, written on the JSON
 * signal): an array with one {@code {"data":{...},"stats":{...}}} object per instance, keys in
 * keepalived 2.2.7's order (checked against the binary's output).
 *
 * <p>Values the store does not hold are written as keepalived writes them before they are known:
 * {@code master_priority} as 0, {@code master_adver_int} as the configured interval, {@code
 * last_transition} as the time the instance left INIT (0 before). Virtual routes and rules and track scripts are left out.
 */
final class JsonDump {
  private JsonDump() {}

  static String render(StoreSnapshot snapshot) {
    JsonWriter w = new JsonWriter().beginArray();
    for (InstanceView v : InstanceView.of(snapshot)) {
      w.beginObject();
      data(w.name("data"), v.config(), v.state());
      stats(w.name("stats"), v.state().stats());
      w.endObject();
    }
    return w.endArray().toString();
  }

  private static void data(JsonWriter w, VrrpInstanceConfig c, VrrpInstanceState s) {
    var b = c.behaviour();
    var g = c.garp();
    w.beginObject()
        .field("iname", c.name())
        .field("dont_track_primary", bit(c.tracking().dontTrackPrimary()))
        .field("skip_check_adv_addr", bit(b.skipCheckAdvAddr()))
        .field("strict_mode", bit(b.strict()))
        .field("vmac_ifname", c.vmac().useVmac() && c.vmac().vmacName() != null ? c.vmac().vmacName() : "");
    if (c.interfaceName() != null) {
      w.field("ifp_ifname", c.interfaceName());
    }
    double advert = c.advertInterval().toNanos() / 1e9;
    w.field("master_priority", 0)
        .fixedField("last_transition", s.upSince() == null ? 0.0
            : s.upSince().getEpochSecond() + s.upSince().getNano() / 1e9)
        .floatField("garp_delay", g.masterDelay().toNanos() / 1e9)
        .field("garp_refresh", g.masterRefresh().toSeconds())
        .field("garp_rep", g.masterRepeat())
        .field("garp_refresh_rep", g.masterRefreshRepeat())
        .field("garp_lower_prio_delay", g.lowerPrioDelay().toSeconds())
        .field("garp_lower_prio_rep", g.lowerPrioRepeat())
        .field("lower_prio_no_advert", bit(b.lowerPrioNoAdvert()))
        .field("higher_prio_send_advert", bit(b.higherPrioSendAdvert()))
        .field("vrid", c.virtualRouterId())
        .field("base_priority", c.priority())
        .field("effective_priority", s.effectivePriority())
        .field("vipset", s.vipsStatus() == VipsStatus.ALL_SET)
        .field("promote_secondaries", b.promoteSecondaries())
        .floatField("adver_int", advert)
        .floatField("master_adver_int", advert)
        .field("accept", bit(b.accept()))
        .field("nopreempt", !b.preempt())
        .field("preempt_delay", b.preemptDelay() == null ? 0 : b.preemptDelay().toSeconds())
        .field("state", InstanceView.stateCode(s.state()))
        .field("wantstate", InstanceView.stateCode(s.wantedState()))
        .field("version", c.version())
        .field("smtp_alert", Boolean.TRUE.equals(b.smtpAlert()));
    VrrpNotify n = c.notifyScripts() == null ? VrrpNotify.NONE : c.notifyScripts();
    w.field("notify_deleted", n.notifyDeleted());
    script(w, "script_backup", n.backup());
    script(w, "script_master", n.master());
    script(w, "script_fault", n.fault());
    script(w, "script_stop", n.stop());
    script(w, "script_deleted", n.deleted());
    script(w, "script", n.any());
    script(w, "script_master_rx_lower_pri", n.masterRxLowerPri());
    boolean set = s.vipsStatus() == VipsStatus.ALL_SET;
    addresses(w, "vips", c.virtualAddresses(), c.interfaceName(), set);
    addresses(w, "evips", c.excludedAddresses(), c.interfaceName(), set);
    List<TrackRef> ifs = c.tracking().interfaces();
    if (!ifs.isEmpty()) {
      w.name("track_ifp").beginArray();
      ifs.forEach(t -> w.string(t.name()));
      w.endArray();
    }
    Authentication a = c.authentication() == null ? Authentication.NONE : c.authentication();
    w.field("auth_type", a.type().ordinal());
    if (a.type() != Authentication.Type.NONE && a.password() != null) {
      w.field("auth_data", a.password().length() > 8 ? a.password().substring(0, 8) : a.password());
    }
    w.endObject();
  }

  private static void stats(JsonWriter w, VrrpStats s) {
    w.beginObject()
        .field("advert_rcvd", s.advertiseRcvd())
        .field("advert_sent", s.advertiseSent())
        .field("become_master", s.becomeMaster())
        .field("release_master", s.releaseMaster())
        .field("packet_len_err", s.packetLengthErrors())
        .field("advert_interval_err", s.advertiseIntervalErrors())
        .field("ip_ttl_err", s.ipTtlErrors())
        .field("invalid_type_rcvd", s.invalidTypePktsRcvd())
        .field("addr_list_err", s.addressListErrors())
        .field("invalid_authtype", s.invalidAuthType())
        .field("authtype_mismatch", s.authTypeMismatch())
        .field("auth_failure", s.authFailures())
        .field("pri_zero_rcvd", s.priorityZeroPktsRcvd())
        .field("pri_zero_sent", s.priorityZeroPktsSent())
        .endObject();
  }

  private static void script(JsonWriter w, String name, ScriptSpec s) {
    if (s != null) {
      w.field(name, CommandLine.shellString(s.command()));
    }
  }

  private static void addresses(
      JsonWriter w, String name, List<VirtualAddress> list, String dev, boolean set) {
    if (list.isEmpty()) {
      return;
    }
    w.name(name).beginArray();
    list.forEach(a -> w.string(InstanceView.vip(a, dev, set)));
    w.endArray();
  }

  private static int bit(boolean b) {
    return b ? 1 : 0;
  }
}
