package org.jkeepalived.agent.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WatchdogSettingsTest {
  @Test
  void pingsAtHalfTheUnitsTimeout() {
    assertThat(WatchdogSettings.pingInterval(Map.of("WATCHDOG_USEC", "10000000"), 42))
        .contains(Duration.ofSeconds(5));
  }

  @Test
  void aWatchdogForOurPidIsOurs() {
    assertThat(WatchdogSettings.pingInterval(
        Map.of("WATCHDOG_USEC", "3000000", "WATCHDOG_PID", "42"), 42))
        .contains(Duration.ofMillis(1500));
  }

  @Test
  void aWatchdogForAnotherPidIsNotOurs() {
    assertThat(WatchdogSettings.pingInterval(
        Map.of("WATCHDOG_USEC", "3000000", "WATCHDOG_PID", "41"), 42)).isEmpty();
  }

  @Test
  void noUnsetZeroOrGarbledTimeoutMeansNoWatchdog() {
    assertThat(WatchdogSettings.pingInterval(Map.of(), 42)).isEmpty();
    assertThat(WatchdogSettings.pingInterval(Map.of("WATCHDOG_USEC", "0"), 42)).isEmpty();
    assertThat(WatchdogSettings.pingInterval(Map.of("WATCHDOG_USEC", "-5"), 42)).isEmpty();
    assertThat(WatchdogSettings.pingInterval(Map.of("WATCHDOG_USEC", "5s"), 42)).isEmpty();
    assertThat(WatchdogSettings.pingInterval(
        Map.of("WATCHDOG_USEC", "5000000", "WATCHDOG_PID", "me"), 42)).isEmpty();
  }

  @Test
  void reloadingCarriesTheMonotonicTimeInTheSameDatagram() {
    assertThat(NotifyMessages.reloading(123456789L))
        .isEqualTo("RELOADING=1\nMONOTONIC_USEC=123456789");
  }
}
