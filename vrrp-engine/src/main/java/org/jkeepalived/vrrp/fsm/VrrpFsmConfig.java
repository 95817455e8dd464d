package org.jkeepalived.vrrp.fsm;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;
import org.jkeepalived.vrrp.packet.VrrpVersion;

/**
 * The parts of an instance's configuration the state machine needs and that do not change at
 * run time (priority and preempt can: they live in {@link VrrpFsmInstanceState}).
 *
 * @param version VRRP version
 * @param advertInterval this router's Advertisement_Interval
 * @param primaryAddress the address this router sends from; decides equal-priority elections
 *     (RFC 5798 section 6.4.3)
 * @param downTimerAdverts keepalived's {@code down_timer_adverts}, 3 per the RFCs
 * @param preemptDelay keepalived's {@code preempt_delay}, zero for none
 * @param lowerPrioNoAdvert keepalived's {@code lower_prio_no_advert}: a master does not answer a
 *     lower-priority advert with one of its own (RFC behaviour)
 * @param higherPrioSendAdvert keepalived's {@code higher_prio_send_advert}: a master sends one
 *     more advert before yielding to a higher priority
 */
public record VrrpFsmConfig(
    VrrpVersion version,
    Duration advertInterval,
    InetAddress primaryAddress,
    int downTimerAdverts,
    Duration preemptDelay,
    boolean lowerPrioNoAdvert,
    boolean higherPrioSendAdvert) {

  public VrrpFsmConfig {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(advertInterval, "advertInterval");
    Objects.requireNonNull(primaryAddress, "primaryAddress");
    Objects.requireNonNull(preemptDelay, "preemptDelay");
    if (advertInterval.isNegative() || advertInterval.isZero()) {
      throw new IllegalArgumentException("advert interval must be positive");
    }
    if (downTimerAdverts < 1 || downTimerAdverts > 100) {
      throw new IllegalArgumentException("down_timer_adverts " + downTimerAdverts);
    }
    if (preemptDelay.isNegative()) {
      throw new IllegalArgumentException("preempt_delay negative");
    }
  }

  /** keepalived's defaults: RFC timers, no preempt delay, lower-priority adverts answered. */
  public static VrrpFsmConfig defaults(
      VrrpVersion version, Duration advertInterval, InetAddress primaryAddress) {
    return new VrrpFsmConfig(version, advertInterval, primaryAddress,
        VrrpTimers.RFC_DOWN_TIMER_ADVERTS, Duration.ZERO, false, false);
  }

  /**
   * This configuration under {@code vrrp_strict}: keepalived then forbids preempt_delay, forces
   * lower_prio_no_advert on and higher_prio_send_advert off.
   */
  public VrrpFsmConfig strict() {
    return new VrrpFsmConfig(version, advertInterval, primaryAddress, downTimerAdverts,
        Duration.ZERO, true, false);
  }

  public VrrpFsmConfig withPreemptDelay(Duration delay) {
    return new VrrpFsmConfig(version, advertInterval, primaryAddress, downTimerAdverts, delay,
        lowerPrioNoAdvert, higherPrioSendAdvert);
  }

  public VrrpFsmConfig withDownTimerAdverts(int adverts) {
    return new VrrpFsmConfig(version, advertInterval, primaryAddress, adverts, preemptDelay,
        lowerPrioNoAdvert, higherPrioSendAdvert);
  }

  public VrrpFsmConfig withLowerPrioNoAdvert(boolean on) {
    return new VrrpFsmConfig(version, advertInterval, primaryAddress, downTimerAdverts,
        preemptDelay, on, higherPrioSendAdvert);
  }

  public VrrpFsmConfig withHigherPrioSendAdvert(boolean on) {
    return new VrrpFsmConfig(version, advertInterval, primaryAddress, downTimerAdverts,
        preemptDelay, lowerPrioNoAdvert, on);
  }
}
