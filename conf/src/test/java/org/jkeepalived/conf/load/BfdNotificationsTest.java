package org.jkeepalived.conf.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jkeepalived.mibs.model.BfdDiag;
import org.jkeepalived.mibs.model.BfdSessState;
import org.jkeepalived.mibs.model.BfdState;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.notify.BfdNotifications;
import org.jkeepalived.mibs.notify.Notification;
import org.jkeepalived.mibs.oid.BfdStdMib;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.junit.jupiter.api.Test;

/** bfdSessUp / bfdSessDown (RFC 7331) from the BFD engine's rows, behind enable_traps. */
class BfdNotificationsTest {
  private static final String CONF = "global_defs {\n router_id lb1\n %s}\n"
      + "bfd_instance b1 {\n neighbor_ip 198.18.5.5\n}\n";

  private static BfdSessState state(BfdState s, BfdDiag d) {
    return new BfdSessState(s, 1, true, d, Duration.ZERO, Duration.ZERO, 3, null, null,
        BfdDiag.NO_DIAGNOSTIC, 0, 0, 0, 0, null);
  }

  /** Loads, publishes {@code states} one after another, returns the notifications raised. */
  private static List<Notification> run(String switches, BfdSessState... states) {
    try (ObjectStore store = new DefaultObjectStore()) {
      new StoreLoader(Configs.rig(), "v", Instant.EPOCH)
          .apply(store, Configs.parse(String.format(CONF, switches)), Origin.CONFIG_LOAD);
      Index i = store.snapshot().configs(Tables.BFD_SESS).firstKey();
      List<Notification> out = new java.util.ArrayList<>();
      for (BfdSessState s : states) {
        var events = store.begin(Origin.ENGINE).putState(Tables.BFD_SESS, i, s).commit();
        var snap = store.snapshot();
        events.forEach(e -> out.addAll(BfdNotifications.all(e, snap)));
      }
      return out;
    }
  }

  @Test
  void upThenDownSendsBfdSessUpThenBfdSessDownWithTheDiagnostic() {
    List<Notification> n = run("enable_traps\n", state(BfdState.DOWN, BfdDiag.NO_DIAGNOSTIC),
        state(BfdState.INIT, BfdDiag.NO_DIAGNOSTIC), state(BfdState.UP, BfdDiag.NO_DIAGNOSTIC),
        state(BfdState.UP, BfdDiag.NO_DIAGNOSTIC),
        state(BfdState.DOWN, BfdDiag.CONTROL_DETECTION_TIME_EXPIRED));
    assertThat(n).extracting(Notification::trapOid)
        .containsExactly(BfdStdMib.bfdSessUp, BfdStdMib.bfdSessDown);
    Notification down = n.get(1);
    assertThat(down.varbinds()).hasSize(2);
    assertThat(down.varbinds().get(0).oid()).isEqualTo(BfdStdMib.bfdSessDiag.append(1));
    assertThat(down.varbinds().get(0).value()).isEqualTo(1);
  }

  @Test
  void withoutEnableTrapsNothingIsSent() {
    assertThat(run("", state(BfdState.UP, BfdDiag.NO_DIAGNOSTIC),
        state(BfdState.DOWN, BfdDiag.CONTROL_DETECTION_TIME_EXPIRED))).isEmpty();
  }
}
