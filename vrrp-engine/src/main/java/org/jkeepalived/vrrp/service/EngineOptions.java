package org.jkeepalived.vrrp.service;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.jkeepalived.mibs.config.GlobalDefs;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.config.StaticConfig;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.vrrp.track.StaticTrackGroups;
import org.jkeepalived.vrrp.vip.GarpSpacing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The global options the engine follows, read from a configuration, and their start checks. */
final class EngineOptions {
  private static final Logger LOG = LoggerFactory.getLogger(EngineOptions.class);

  private EngineOptions() {}

  /**
   * vrrp_min_garp, interface_up_down_delays, vrrp_startup_delay, dynamic_interfaces, GARP spacing,
   * the interfaces static track_group entries make instances track.
   */
  static EngineSettings settings(KeepalivedConfig c) {
    GlobalDefs.Vrrp v = c.global() == null ? null : c.global().vrrp();
    StaticConfig statics = c.statics();
    Map<String, StaticConfig.UpDownDelay> delays =
        statics == null ? Map.of() : statics.interfaceDelays();
    return new EngineSettings(v != null && v.minGarp(), delays,
        v == null || v.startupDelay() == null ? Duration.ZERO : v.startupDelay(),
        v != null && v.dynamicInterfaces(), GarpSpacing.of(c),
        StaticTrackGroups.of(statics,
            v == null ? "eth0" : v.defaultInterface()));
  }

  /**
   * Without dynamic_interfaces keepalived's VRRP process refuses to run when an instance's
   * interface does not exist ("Non-existent interface specified in configuration", the process
   * exits with a configuration error); with it, such instances wait in FAULT for the interface.
   *
   * @throws IOException naming the first missing interface, when VRRP must not start
   */
  static void requireInterfaces(EngineSettings s, Collection<VrrpInstanceConfig> rows,
      ToIntFunction<String> indexOf) throws IOException {
    for (VrrpInstanceConfig row : rows) {
      if (indexOf.applyAsInt(row.interfaceName()) != 0) {
        continue;
      }
      if (!s.dynamicInterfaces()) {
        LOG.error("Non-existent interface specified in configuration");
        throw new MissingInterfaceException("interface " + row.interfaceName()
            + " for vrrp_instance " + row.name() + " doesn't exist (no dynamic_interfaces)");
      }
      LOG.info("Configuration specifies interface {} which doesn't currently exist - will use if"
          + " created", row.interfaceName());
    }
  }

  /**
   * The longest interface_up_down_delay the instances on {@code ifname} allow (keepalived 2.2.7,
   * measured): {@code (down_timer_adverts - 1) x advert_int - advert_int / 256}, the smallest over
   * those instances; null when none uses the interface.
   */
  static Duration debounceLimit(Collection<VrrpInstanceConfig> rows, String ifname) {
    Duration min = null;
    for (VrrpInstanceConfig row : rows) {
      if (!ifname.equals(row.interfaceName()) || row.advertInterval() == null) {
        continue;
      }
      int adverts = row.behaviour() == null ? 3 : row.behaviour().downTimerAdverts();
      // in whole microseconds as keepalived computes it: 1 s gives 2000000 - 3906 = 1996094
      long adv = row.advertInterval().toNanos() / 1000;
      Duration max = Duration.ofNanos((adv * Math.max(1, adverts - 1) - adv / 256) * 1000);
      min = min == null || max.compareTo(min) < 0 ? max : min;
    }
    return min;
  }
}
