package org.jkeepalived.linux.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.neigh.MacAddress;
import org.junit.jupiter.api.Test;

class FakeVirtualLinksTest {
  private static final VirtualLinkSpec SPEC = VirtualLinkSpec.macvlan("vrrp.7", 2,
      MacAddress.parse("00:00:5e:00:01:07"), VirtualLinkCodec.MACVLAN_MODE_PRIVATE);

  @Test
  void createUpDeleteAreReportedToTheMonitor() throws Exception {
    FakeLinkMonitor monitor = new FakeLinkMonitor();
    List<LinkEvent> events = new ArrayList<>();
    monitor.subscribe(new RtnlListener() {
      @Override
      public void linkChanged(LinkEvent event) {
        events.add(event);
      }
    });
    FakeVirtualLinks links = new FakeVirtualLinks(monitor);
    LinkInfo l = links.create(SPEC);
    assertThat(l.isUp()).isFalse();
    assertThat(l.macString()).isEqualTo("00:00:5e:00:01:07");
    links.setUp(l.index(), true);
    assertThat(links.find("vrrp.7")).get().matches(LinkInfo::isRunning);
    assertThat(links.list()).singleElement().matches(d -> d.matches(SPEC));
    links.delete(l.index());
    assertThat(links.find("vrrp.7")).isEmpty();
    assertThat(events).extracting(LinkEvent::kind).containsExactly(LinkEvent.Kind.CHANGED,
        LinkEvent.Kind.CHANGED, LinkEvent.Kind.DELETED);
    assertThat(links.operations()).containsExactly("create vrrp.7", "up vrrp.7", "delete vrrp.7");
  }

  @Test
  void duplicateNamesAndInjectedFailuresAreErrors() throws Exception {
    FakeVirtualLinks links = new FakeVirtualLinks();
    links.create(SPEC);
    assertThatThrownBy(() -> links.create(SPEC)).isInstanceOf(ErrnoException.class)
        .matches(e -> ((ErrnoException) e).errno() == 17);
    links.failNextCreate(95);
    assertThatThrownBy(() -> links.create(VirtualLinkSpec.ipvlan("ipv1", 2, 0, 0)))
        .isInstanceOf(ErrnoException.class);
    assertThatThrownBy(() -> links.delete(4242)).isInstanceOf(ErrnoException.class);
  }
}
