package org.jkeepalived.vrrp.fsm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jkeepalived.vrrp.fsm.VrrpEvent.AdvertReceived;
import org.jkeepalived.vrrp.packet.VrrpVersion;
import org.junit.jupiter.api.Test;

/**
 * RFC 6527 vrrpv3StatisticsNewMasterReason as the state machine records it (keepalived's
 * next_master_reason): preempted when a backup preempts a lower-priority master (RFC 5798
 * section 6.4.2), priority for the address owner and after a priority 0 advert, masterNoResponse
 * when the Master_Down_Timer runs out on a master that went quiet.
 */
class MasterReasonTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final InetAddress ME = ip("198.18.7.5");
  private static final InetAddress PEER = ip("198.18.7.2");
  private static final VrrpFsmConfig V3 =
      VrrpFsmConfig.defaults(VrrpVersion.V3, Duration.ofMillis(100), ME);

  private static InetAddress ip(String s) {
    try {
      return InetAddress.getByName(s);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static AdvertReceived advert(int prio) {
    return new AdvertReceived(prio, PEER, Duration.ofMillis(100));
  }

  private record Case(String name, int priority, List<VrrpEvent> events, MasterReason want) {}

  private static final VrrpEvent START = new VrrpEvent.Startup();
  private static final VrrpEvent DOWN = new VrrpEvent.MasterDownTimerExpired();

  @Test
  void reasonRecordedOnEachWayIntoMaster() {
    List<Case> cases = List.of(
        new Case("address owner at startup", 255, List.of(START), MasterReason.PRIORITY),
        new Case("address owner after a hold", 255, List.of(new VrrpEvent.Hold(), START),
            MasterReason.PRIORITY),
        new Case("nobody there at startup", 100, List.of(START, DOWN),
            MasterReason.MASTER_NO_RESPONSE),
        new Case("higher master went quiet", 100, List.of(START, advert(150), DOWN),
            MasterReason.MASTER_NO_RESPONSE),
        new Case("preempts a lower-priority master (restart)", 150,
            List.of(START, advert(100), DOWN), MasterReason.PREEMPTED),
        new Case("priority raised over the master's (snmpset)", 100,
            List.of(START, advert(120), new VrrpEvent.PriorityChanged(200), advert(120), DOWN),
            MasterReason.PREEMPTED),
        new Case("master sent priority 0", 100, List.of(START, advert(150), advert(0), DOWN),
            MasterReason.PRIORITY),
        new Case("lower advert then the owner's, then quiet", 150,
            List.of(START, advert(100), advert(200), DOWN), MasterReason.MASTER_NO_RESPONSE),
        new Case("preempted master left for a higher one that went quiet", 150,
            List.of(START, advert(100), DOWN, advert(200), DOWN),
            MasterReason.MASTER_NO_RESPONSE));
    VrrpStateMachine m = new VrrpStateMachine(V3);
    for (Case c : cases) {
      VrrpFsmInstanceState s = VrrpFsmInstanceState.initial(c.priority(), true, V3);
      for (VrrpEvent e : c.events()) {
        s = m.step(s, e, T0).next();
      }
      assertThat(s.state()).as(c.name()).isEqualTo(VrrpFsmState.MASTER);
      assertThat(s.masterReason()).as(c.name()).isEqualTo(c.want());
    }
  }

  @Test
  void nopreemptBackupTakingOverFromAQuietLowerMasterIsMasterNoResponse() {
    VrrpStateMachine m = new VrrpStateMachine(V3);
    VrrpFsmInstanceState s = VrrpFsmInstanceState.initial(150, false, V3);
    for (VrrpEvent e : List.of(START, advert(100), DOWN)) {
      s = m.step(s, e, T0).next();
    }
    assertThat(s.state()).isEqualTo(VrrpFsmState.MASTER);
    assertThat(s.masterReason()).isEqualTo(MasterReason.MASTER_NO_RESPONSE);
  }
}
