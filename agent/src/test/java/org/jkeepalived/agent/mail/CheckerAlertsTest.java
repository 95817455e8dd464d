package org.jkeepalived.agent.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.agent.mail.CheckerAlertPlannerTest.rsAt;
import static org.jkeepalived.agent.mail.CheckerAlertPlannerTest.vs;

import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.jkeepalived.mibs.model.IpvsStats;
import org.jkeepalived.mibs.model.RealServerState;
import org.jkeepalived.mibs.model.RealServerStatus;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Origin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The listener's side of "=> Removing <=": a reload's transaction deletes a removed real
 * server's rows, or gives its index to a new server, and the listener mails from what it kept.
 * The events of real commits are handed to it directly, in order, as its dispatch loop would.
 */
class CheckerAlertsTest {
  private static final String VS = "[198.18.0.10]:tcp:80";
  private static final CheckerConfig TCP = new CheckerConfig.TcpCheck(null, null);
  private final List<SmtpAlert> mails = new ArrayList<>();
  private DefaultObjectStore store;
  private CheckerAlerts alerts;

  @BeforeEach
  void twoLiveRealServers() {
    store = new DefaultObjectStore();
    store.begin(Origin.CONFIG_LOAD)
        .putConfig(Tables.VIRTUAL_SERVER, Index.of(1), vs(false, false, 1, 0, null))
        .putConfig(Tables.REAL_SERVER, Index.of(1, 1), rsAt("198.18.1.2", true, TCP))
        .putConfig(Tables.REAL_SERVER, Index.of(1, 2), rsAt("198.18.1.3", true, TCP))
        .putState(Tables.REAL_SERVER, Index.of(1, 1), state(RealServerStatus.ALIVE, 0))
        .putState(Tables.REAL_SERVER, Index.of(1, 2), state(RealServerStatus.ALIVE, 0))
        .commit();
    alerts = new CheckerAlerts(store, false, "lb1", mails::add); // seeded from the store
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static RealServerState state(RealServerStatus s, long failed) {
    return new RealServerState(s, failed, IpvsStats.ZERO);
  }

  private static SmtpAlert removing(String address) {
    return new SmtpAlert("[lb1] Realserver [" + address + "]:tcp:80 of virtual server " + VS
        + " - DOWN", "=> Removing <=");
  }

  @Test
  void aReloadRemovingALiveServerMailsRemoving() {
    alerts.onEvents(store.begin(Origin.RELOAD)
        .removeConfig(Tables.REAL_SERVER, Index.of(1, 2))
        .removeState(Tables.REAL_SERVER, Index.of(1, 2))
        .commit());
    assertThat(mails).containsExactly(removing("198.18.1.3"));
  }

  @Test
  void aDeadServerRemovedWasMailedDownAlready() {
    alerts.onEvents(store.begin(Origin.ENGINE)
        .putState(Tables.REAL_SERVER, Index.of(1, 2), state(RealServerStatus.DEAD, 1)).commit());
    mails.clear();
    alerts.onEvents(store.begin(Origin.RELOAD)
        .removeConfig(Tables.REAL_SERVER, Index.of(1, 2))
        .removeState(Tables.REAL_SERVER, Index.of(1, 2))
        .commit());
    assertThat(mails).isEmpty();
  }

  @Test
  void aServerWhoseIndexANewServerTakesIsRemovedAndTheNewOneStartsQuietly() {
    alerts.onEvents(store.begin(Origin.RELOAD)
        .putConfig(Tables.REAL_SERVER, Index.of(1, 2), rsAt("198.18.1.4", true, TCP))
        .commit());
    assertThat(mails).containsExactly(removing("198.18.1.3"));
    // the engine's first state of the new server is its start, not a verdict of the old one's
    alerts.onEvents(store.begin(Origin.ENGINE)
        .putState(Tables.REAL_SERVER, Index.of(1, 2), state(RealServerStatus.DEAD, 1)).commit());
    assertThat(mails).hasSize(1);
  }

  @Test
  void aRemovedVirtualServerMailsEachOfItsLiveServers() {
    alerts.onEvents(store.begin(Origin.RELOAD)
        .removeConfig(Tables.VIRTUAL_SERVER, Index.of(1))
        .removeConfig(Tables.REAL_SERVER, Index.of(1, 1))
        .removeConfig(Tables.REAL_SERVER, Index.of(1, 2))
        .removeState(Tables.REAL_SERVER, Index.of(1, 1))
        .removeState(Tables.REAL_SERVER, Index.of(1, 2))
        .commit());
    assertThat(mails).containsExactlyInAnyOrder(removing("198.18.1.2"), removing("198.18.1.3"));
  }
}
