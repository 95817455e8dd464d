package org.jkeepalived.linux.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.junit.jupiter.api.Test;

class FakesTest {
  private final FakeLinkMonitor monitor = new FakeLinkMonitor();
  private final FakeAddressManager addresses = new FakeAddressManager(monitor);
  private final List<Object> events = new ArrayList<>();
  private final RtnlListener listener = new RtnlListener() {
    @Override
    public void linkChanged(LinkEvent event) {
      events.add(event);
    }

    @Override
    public void addressChanged(AddressEvent event) {
      events.add(event);
    }

    @Override
    public void overrun() {
      events.add("overrun");
    }
  };

  @Test
  void addressManagerBehavesLikeTheKernelAndReportsChanges() throws Exception {
    monitor.subscribe(listener);
    InterfaceAddress v4 = InterfaceAddress.of(2, InetAddress.getByName("198.18.0.10"), 24);
    InterfaceAddress v6 = InterfaceAddress.vip(2, InetAddress.getByName("fd00::10"), 128);
    addresses.add(v4);
    addresses.add(v6);
    assertThat(addresses.list(LinuxConstants.AF_INET)).containsExactly(v4);
    assertThat(addresses.list(0)).containsExactly(v4, v6);
    assertThatThrownBy(() -> addresses.add(v4)).isInstanceOfSatisfying(ErrnoException.class,
        e -> assertThat(e.errno()).isEqualTo(LinuxConstants.EEXIST));
    addresses.delete(v4);
    assertThatThrownBy(() -> addresses.delete(v4)).isInstanceOfSatisfying(ErrnoException.class,
        e -> assertThat(e.errno()).isEqualTo(LinuxConstants.EADDRNOTAVAIL));
    assertThat(events).containsExactly(
        new AddressEvent(AddressEvent.Kind.ADDED, v4),
        new AddressEvent(AddressEvent.Kind.ADDED, v6),
        new AddressEvent(AddressEvent.Kind.REMOVED, v4));
    assertThat(addresses.calls()).extracting(FakeAddressManager.Call::operation)
        .containsExactly("add", "add", "add", "delete", "delete");
  }

  @Test
  void armedFailureFailsOnlyTheNextCall() throws Exception {
    InterfaceAddress v4 = InterfaceAddress.of(2, InetAddress.getByName("198.18.0.10"), 24);
    addresses.failNext(new ErrnoException("RTM_NEWADDR", LinuxConstants.ENODEV, "No such device"));
    assertThatThrownBy(() -> addresses.add(v4)).isInstanceOf(IOException.class);
    addresses.add(v4);
    assertThat(addresses.list(0)).containsExactly(v4);
  }

  @Test
  void linkMonitorReportsCarrierChangesAndRemovalUntilUnsubscribed() throws Exception {
    AutoCloseable sub = monitor.subscribe(listener);
    LinkInfo eth = new LinkInfo(2, "eth0", Rtnl.IFF_UP | Rtnl.IFF_RUNNING, 1500,
        new byte[] {2, 0, 0, 0, 0, 1}, 6, null);
    monitor.putLink(eth);
    monitor.setRunning(2, false);
    assertThat(monitor.links()).singleElement().satisfies(l -> {
      assertThat(l.isRunning()).isFalse();
      assertThat(l.isUp()).isFalse();
      assertThat(l.operState()).isEqualTo(2);
    });
    monitor.emitOverrun();
    monitor.removeLink(2);
    sub.close();
    monitor.putLink(eth);
    assertThat(events).hasSize(4);
    assertThat(((LinkEvent) events.get(1)).link().isRunning()).isFalse();
    assertThat(events.get(2)).isEqualTo("overrun");
    assertThat(((LinkEvent) events.get(3)).kind()).isEqualTo(LinkEvent.Kind.DELETED);
    assertThat(monitor.listenerCount()).isZero();
  }
}
