package org.jkeepalived.conf.check;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.kw.GlobalDefsBuilder;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.vrrp.VrrpInstanceBuilder;
import org.jkeepalived.mibs.config.Authentication;
import org.jkeepalived.mibs.config.InitialState;

/**
 * keepalived's per-instance completion (vrrp_complete_instance): inherit global defaults, then
 * correct what cannot work, warning in keepalived's words and order.
 */
final class InstanceChecks {
  /** RFC 5798 section 5.2.7: a 12-bit centisecond field, so 40.95 s at most. */
  static final Duration V3_MAX_ADVERT = Duration.ofMillis(40_950);

  private InstanceChecks() {}

  static void run(List<VrrpInstanceBuilder> instances, GlobalDefsBuilder g, ParseContext ctx) {
    Diagnostics d = ctx.diagnostics();
    for (Iterator<VrrpInstanceBuilder> it = instances.iterator(); it.hasNext(); ) {
      VrrpInstanceBuilder i = it.next();
      if (i.virtualRouterId == 0) {
        d.error(null, i.tag() + " the virtual router id must be set");
        it.remove();
        continue;
      }
      inherit(i, g);
      ownInterface(i, d);
      ownerAndAuth(i, d);
      if (i.strict) {
        strictBefore(i, d);
      }
      if (i.version == 3 && i.authentication.type() != Authentication.Type.NONE) {
        // RFC 5798 removed authentication; keepalived 2.2.7 drops it with this warning.
        d.warning(null, i.tag() + " VRRP version 3 does not support authentication. Ignoring.");
        i.authentication = Authentication.NONE;
      }
      preemption(i, d);
      if (i.strict) {
        strictAfter(i, d);
      }
      advertInterval(i, d);
      if (i.vips.isEmpty()) {
        d.warning(null, i.tag() + " No VIP specified; at least one is sensible");
      }
    }
  }

  /** Values not given on the instance come from global_defs; IPv6 always runs VRRPv3. */
  private static void inherit(VrrpInstanceBuilder i, GlobalDefsBuilder g) {
    if (i.ipv6 == null) {
      i.ipv6 = false;
    }
    if (i.ipv6) {
      // RFC 5798 is the only VRRP for IPv6; keepalived switches silently.
      i.version = 3;
    } else if (i.version == null) {
      i.version = g.vrrpVersion;
    }
    if (i.strict == null) {
      i.strict = g.vrrpStrict;
    }
    if (i.skipCheckAdvAddr == null) {
      i.skipCheckAdvAddr = g.skipCheckAdvAddr;
    }
    if (i.lowerPrioNoAdvert == null && g.lowerPrioNoAdvert != null) {
      i.lowerPrioNoAdvert = g.lowerPrioNoAdvert;
    }
    if (i.higherPrioSendAdvert == null && g.higherPrioSendAdvert != null) {
      i.higherPrioSendAdvert = g.higherPrioSendAdvert;
    }
    if (i.downTimerAdverts == null) {
      i.downTimerAdverts = g.downTimerAdverts;
    }
    if (i.garpExtraIf == null) {
      i.garpExtraIf = g.garpExtraIf;
      i.garpExtraIfAll = g.garpExtraIfAll;
    }
    if (i.notifyPriorityChanges == null) {
      i.notifyPriorityChanges = g.notifyPriorityChanges;
    }
    if (i.smtpAlert == null) {
      i.smtpAlert = g.smtpAlertVrrp != null ? g.smtpAlertVrrp : g.smtpAlert;
    }
    i.checkUnicastSrc |= g.checkUnicastSrc;
    if (i.unicastPeers.isEmpty() && i.mcastDst == null) {
      i.mcastDst = i.ipv6 ? g.mcastGroup6 : g.mcastGroup4;
    }
  }

  /** Tracking the instance's own interface is implicit (unless dont_track_primary). */
  private static void ownInterface(VrrpInstanceBuilder i, Diagnostics d) {
    i.trackInterfaces.removeIf(
        r -> {
          boolean own = r.ref().name().equals(i.interfaceName);
          if (own) {
            d.warning(null, i.tag() + " Ignoring track_interface " + i.interfaceName
                + " since own interface");
          }
          return own;
        });
  }

  /** An initial MASTER without a priority is the address owner; AH cannot start as master. */
  private static void ownerAndAuth(VrrpInstanceBuilder i, Diagnostics d) {
    if (i.state == InitialState.MASTER && !i.prioritySet) {
      i.priority = 255;
    }
    if (i.state == InitialState.MASTER
        && i.priority != 255
        && i.authentication.type() == Authentication.Type.AH) {
      d.warning(null, i.tag() + " Initial state master is incompatible with AH authentication - clearing");
      i.state = InitialState.BACKUP;
    }
  }

  private static void strictBefore(VrrpInstanceBuilder i, Diagnostics d) {
    if (i.state == InitialState.MASTER && i.priority != 255) {
      d.warning(null, i.tag() + " State MASTER must match being address owner");
      i.state = InitialState.BACKUP;
    }
    if (i.authentication.type() != Authentication.Type.NONE) {
      d.warning(null, i.tag() + " Strict mode does not support authentication. Ignoring.");
      i.authentication = Authentication.NONE;
    }
  }

  /** keepalived: an owner never waits, and a MASTER start skips the preempt delay. */
  private static void preemption(VrrpInstanceBuilder i, Diagnostics d) {
    if (i.nopreempt && i.priority == 255) {
      d.warning(null, i.tag() + " nopreempt is incompatible with priority 255. resetting nopreempt");
      i.nopreempt = false;
    }
    if (i.nopreempt && i.state == InitialState.MASTER) {
      d.warning(null, i.tag() + " Warning - nopreempt will not work with initial state MASTER - clearing");
      i.nopreempt = false;
    }
    if (!i.preemptDelay.isZero() && i.state == InitialState.MASTER) {
      d.warning(null, i.tag() + " Warning - preempt delay will not work with initial state MASTER - clearing");
      i.preemptDelay = Duration.ZERO;
    }
  }

  private static void strictAfter(VrrpInstanceBuilder i, Diagnostics d) {
    if (!i.preemptDelay.isZero()) {
      d.warning(null, i.tag() + " preempt_delay is incompatible with strict mode - resetting");
      i.preemptDelay = Duration.ZERO;
    }
    if (i.accept == null) {
      // RFC 5798 section 6.1: Accept_Mode defaults off, except for the address owner.
      i.accept = i.priority == 255;
    } else if (i.accept && i.version == 2) {
      d.warning(null, i.tag()
          + " warning - accept mode for VRRP version 2 does not comply with RFC3768 - resetting");
      i.accept = false;
    }
    if (i.ipv6 && !i.vips.isEmpty()
        && !i.vips.get(0).address().address().isLinkLocalAddress()) {
      d.warning(null, i.tag() + " the first IPv6 VIP address must be link local");
    }
    if (Boolean.FALSE.equals(i.lowerPrioNoAdvert)) {
      d.warning(null, i.tag() + " Strict mode requires no lower priority advert. resetting");
    }
    i.lowerPrioNoAdvert = true;
    if (Boolean.TRUE.equals(i.higherPrioSendAdvert)) {
      d.warning(null, i.tag() + " strict mode requires higher_prio_send_advert to be clear. resetting");
      i.higherPrioSendAdvert = false;
    }
  }

  /** v2 adverts carry whole seconds, v3 centiseconds up to 40.95 s (RFC 3768 5.3.7, 5798 5.2.7). */
  private static void advertInterval(VrrpInstanceBuilder i, Diagnostics d) {
    if (i.accept == null) {
      i.accept = true;
    }
    if (i.lowerPrioNoAdvert == null) {
      i.lowerPrioNoAdvert = false;
    }
    if (i.higherPrioSendAdvert == null) {
      i.higherPrioSendAdvert = false;
    }
    long micros = i.advertInterval.toNanos() / 1000;
    if (i.version == 2) {
      if (micros % 1_000_000 != 0) {
        String secs = String.format(Locale.ROOT, "%fs", micros / 1e6);
        d.warning(null, i.tag() + " VRRPv2 advertisement interval " + secs + " must be an integer. rounding");
        long s = Math.max(1, (micros + 500_000) / 1_000_000);
        i.advertInterval = Duration.ofSeconds(s);
      }
      return;
    }
    if (i.advertInterval.compareTo(V3_MAX_ADVERT) > 0) {
      d.warning(null, i.tag() + String.format(Locale.ROOT,
          " VRRPv3 advertisement interval %.2fs is out of range. Must be less than 40.96s."
              + " Setting to 40.95s", micros / 1e6));
      i.advertInterval = V3_MAX_ADVERT;
    } else if (micros % 10_000 != 0) {
      String secs = String.format(Locale.ROOT, "%fs", micros / 1e6);
      d.warning(null, i.tag() + " VRRPv3 advertisement interval " + secs
          + " must be in units of 10ms - rounding");
      long cs = Math.max(1, (micros + 5_000) / 10_000);
      i.advertInterval = Duration.ofMillis(cs * 10);
    }
  }
}
