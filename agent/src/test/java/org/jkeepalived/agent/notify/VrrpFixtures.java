package org.jkeepalived.agent.notify;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.mibs.config.Authentication;
import org.jkeepalived.mibs.config.GarpTimers;
import org.jkeepalived.mibs.config.InitialState;
import org.jkeepalived.mibs.config.IpPrefix;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpNotify;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;
import org.jkeepalived.mibs.model.NewMasterReason;
import org.jkeepalived.mibs.model.ProtoErrReason;
import org.jkeepalived.mibs.model.VipsStatus;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.model.VrrpStats;

/** Config and state rows for notifier and dump tests. */
public final class VrrpFixtures {
  private VrrpFixtures() {}

  public static ScriptSpec script(String... words) {
    return new ScriptSpec(List.of(words), null, null);
  }

  public static InetAddress ip(String s) {
    try {
      return InetAddress.getByName(s);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  public static VirtualAddress vip(String addr, int len, String dev) {
    return new VirtualAddress(new IpPrefix(ip(addr), len), null, dev, false, null, null, null,
        false, false, false, false, false, false, null, null);
  }

  /** An instance on jkv0 with advert_int 1, version 2, defaults elsewhere. */
  public static VrrpInstanceConfig instance(
      String name, int vrid, int priority, VrrpNotify notify, boolean priorityChanges,
      List<VirtualAddress> vips) {
    return new VrrpInstanceConfig(
        name, InitialState.BACKUP, "jkv0", vrid, priority, Duration.ofSeconds(1), 2, false,
        Authentication.NONE, vips, List.of(), List.of(), List.of(),
        new VrrpInstanceConfig.Tracking(List.of(), List.of(), List.of(), List.of(), List.of(), false, false),
        new VrrpInstanceConfig.Transport(null, null, List.of(), 255, false, false, null, null, null),
        new VrrpInstanceConfig.Vmac(false, null, null, false, false, false, null, null, null),
        new VrrpInstanceConfig.Behaviour(true, Duration.ZERO, true, false, false, false, false, 3,
            Duration.ZERO, false, false, priorityChanges, null, false, 0, null),
        GarpTimers.DEFAULTS, notify);
  }

  public static VrrpSyncGroupConfig group(String name, VrrpNotify notify, String... members) {
    return new VrrpSyncGroupConfig(name, List.of(members), List.of(), List.of(), List.of(),
        List.of(), List.of(), notify, false, null, false, false);
  }

  /** notify_master/backup/fault/stop, notify_deleted and notify scripts (null to leave out). */
  public static VrrpNotify notifyScripts(
      ScriptSpec master, ScriptSpec backup, ScriptSpec fault, ScriptSpec stop, ScriptSpec any) {
    return new VrrpNotify(master, backup, fault, stop, false, null, any, null);
  }

  public static VrrpInstanceState state(VrrpState s, int priority) {
    return new VrrpInstanceState(s, s, priority, VipsStatus.NOT_ALL_SET, null, null,
        NewMasterReason.NOT_MASTER, ProtoErrReason.NO_ERROR, VrrpStats.ZERO);
  }

  /** A state whose master has counted {@code lowerPri} lower-priority adverts. */
  public static VrrpInstanceState state(VrrpState s, int priority, long lowerPri) {
    return new VrrpInstanceState(s, s, priority, VipsStatus.NOT_ALL_SET, null, null,
        NewMasterReason.NOT_MASTER, ProtoErrReason.NO_ERROR, VrrpStats.ZERO, null, lowerPri);
  }
}
