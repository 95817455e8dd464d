package org.jkeepalived.vrrp.service;

import java.util.Map;
import java.util.Objects;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.config.StaticConfig;
import org.jkeepalived.vrrp.track.StaticTrackGroups;
import org.jkeepalived.vrrp.vip.GarpSpacing;

/**
 * Global settings.
 *
 * @param minGarp vrrp_min_garp
 * @param interfaceDelays interface_up_down_delays, per interface name
 * @param startupDelay vrrp_startup_delay (zero: none)
 * @param dynamicInterfaces dynamic_interfaces: without it a missing interface stops VRRP
 * @param garpSpacing GARP/NA spacing per interface and garp_group
 */
public record EngineSettings(boolean minGarp,
    Map<String, StaticConfig.UpDownDelay> interfaceDelays,
    java.time.Duration startupDelay, boolean dynamicInterfaces, GarpSpacing garpSpacing,
    StaticTrackGroups staticTracking) {
  public static final EngineSettings DEFAULTS = new EngineSettings(false);

  public EngineSettings {
    interfaceDelays = Map.copyOf(interfaceDelays);
    startupDelay = startupDelay == null ? java.time.Duration.ZERO : startupDelay;
    Objects.requireNonNull(garpSpacing);
    staticTracking = staticTracking == null
        ? StaticTrackGroups.NONE : staticTracking;
  }

  /** Without static track groups. */
  public EngineSettings(boolean minGarp,
      Map<String, StaticConfig.UpDownDelay> interfaceDelays,
      java.time.Duration startupDelay, boolean dynamicInterfaces, GarpSpacing garpSpacing) {
    this(minGarp, interfaceDelays, startupDelay, dynamicInterfaces, garpSpacing, null);
  }

  /** Without GARP spacing (tests). */
  public EngineSettings(boolean minGarp,
      Map<String, StaticConfig.UpDownDelay> interfaceDelays,
      java.time.Duration startupDelay, boolean dynamicInterfaces) {
    this(minGarp, interfaceDelays, startupDelay, dynamicInterfaces, GarpSpacing.NONE);
  }

  /** Only vrrp_min_garp: no delays, instances wait for missing interfaces. */
  public EngineSettings(boolean minGarp) {
    this(minGarp, Map.of(), java.time.Duration.ZERO, true);
  }

  /** The settings of a parsed configuration. */
  public static EngineSettings of(KeepalivedConfig c) {
    return EngineOptions.settings(c);
  }
}
