package org.jkeepalived.linux.ipvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class FakeIpvsControlTest {
  private final FakeIpvsControl ipvs = new FakeIpvsControl();
  private final IpvsServiceKey vs = IpvsServiceKey.of(6, addr("198.18.2.10"), 80);
  private final IpvsDestination rs1 = dest("198.18.2.21", 8080, 1);

  @Test
  void programsServicesAndDestinationsAsIpvsadmSavesThem() throws Exception {
    ipvs.addService(service(vs));
    ipvs.addDestination(vs, rs1);
    ipvs.addDestination(vs, dest("198.18.2.22", 8080, 2));

    assertThat(ipvs.save()).isEqualTo("""
        -A -t 198.18.2.10:80 -s rr
        -a -t 198.18.2.10:80 -r 198.18.2.21:8080 -m -w 1
        -a -t 198.18.2.10:80 -r 198.18.2.22:8080 -m -w 2
        """);
    assertThat(ipvs.calls()).containsExactly(
        "NEW_SERVICE tcp 198.18.2.10:80 rr",
        "NEW_DEST tcp 198.18.2.10:80 -> 198.18.2.21:8080 masq w 1",
        "NEW_DEST tcp 198.18.2.10:80 -> 198.18.2.22:8080 masq w 2");
  }

  @Test
  void refusesAsTheKernelDoesAndChangesNothing() throws Exception {
    ipvs.addService(service(vs));
    ipvs.addDestination(vs, rs1);
    String before = ipvs.save();

    assertThatThrownBy(() -> ipvs.addService(service(vs)))
        .isInstanceOfSatisfying(IpvsException.class, e -> assertThat(e.errno()).isEqualTo(17));
    assertThatThrownBy(() -> ipvs.addDestination(vs, rs1))
        .isInstanceOfSatisfying(IpvsException.class, e -> assertThat(e.errno()).isEqualTo(17));
    assertThatThrownBy(() -> ipvs.deleteDestination(vs, new IpvsDestKey(addr("198.18.2.99"), 1)))
        .isInstanceOfSatisfying(IpvsException.class, e -> assertThat(e.errno()).isEqualTo(2));
    assertThatThrownBy(() -> ipvs.editDestination(vs, dest("198.18.2.99", 1, 1)))
        .isInstanceOfSatisfying(IpvsException.class, e -> assertThat(e.errno()).isEqualTo(2));
    IpvsServiceKey other = IpvsServiceKey.fwmark(IpvsServiceKey.AF_INET, 7);
    assertThatThrownBy(() -> ipvs.deleteService(other))
        .isInstanceOfSatisfying(IpvsException.class, e -> assertThat(e.errno()).isEqualTo(3));

    assertThat(ipvs.save()).isEqualTo(before);
    assertThat(ipvs.calls()).last().asString().endsWith("!errno 3");
  }

  @Test
  void editKeepsCountersAndDeleteServiceTakesItsDestinations() throws Exception {
    ipvs.addService(service(vs));
    ipvs.addDestination(vs, rs1);
    IpvsCounters c = new IpvsCounters(3, 18, 18, 1305, 1572, 0, 0, 0, 0, 0);
    ipvs.setServiceStats(vs, c);
    ipvs.setDestinationStats(vs, rs1.key(), c, 1, 2, 0);

    ipvs.editDestination(vs, rs1.withWeight(5));

    IpvsDestination d = ipvs.destinations(vs).get(0);
    assertThat(d.weight()).isEqualTo(5);
    assertThat(d.stats()).isEqualTo(c);
    assertThat(d.inactiveConns()).isEqualTo(2);
    assertThat(ipvs.services().get(0).stats()).isEqualTo(c);

    ipvs.deleteService(vs);
    assertThat(ipvs.save()).isEmpty();
    assertThat(ipvs.dumps()).isEqualTo(2);
  }

  @Test
  void injectedFailureIsRecordedAndLeavesTheTable() throws Exception {
    ipvs.failNext(new IpvsException("boom", 12));
    assertThatThrownBy(() -> ipvs.addService(service(vs))).isInstanceOf(IpvsException.class);
    assertThat(ipvs.serviceTable()).isEmpty();
    assertThat(ipvs.calls()).containsExactly("NEW_SERVICE tcp 198.18.2.10:80 rr !errno 12");
  }

  @Test
  void timeoutsAndDaemons() throws Exception {
    ipvs.setTimeouts(new IpvsTimeouts(600, 0, 0));
    assertThat(ipvs.timeouts()).isEqualTo(new IpvsTimeouts(600, 120, 300));
    IpvsSyncDaemon m = new IpvsSyncDaemon(IpvsSyncDaemon.Role.MASTER, "eth0", 1, 0, 0, 0, null);
    ipvs.startDaemon(m);
    assertThatThrownBy(() -> ipvs.startDaemon(m)).isInstanceOf(IpvsException.class);
    ipvs.stopDaemon(IpvsSyncDaemon.Role.MASTER);
    assertThat(ipvs.daemons()).isEmpty();
  }

  private static IpvsService service(IpvsServiceKey k) {
    return new IpvsService(k, "rr", 0, 0, 0xFFFFFFFFL, null, IpvsCounters.ZERO);
  }

  private static IpvsDestination dest(String a, int port, int weight) {
    return new IpvsDestination(new IpvsDestKey(addr(a), port), IpvsServiceKey.AF_INET,
        IpvsDestination.FWD_MASQ, weight, 0, 0, 0, 0, 0, 0, 0, 0, IpvsCounters.ZERO);
  }

  private static InetAddress addr(String a) {
    try {
      return InetAddress.getByName(a);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void ipv6AsIpvsadmPrintsIt() throws Exception {
    assertThat(FakeIpvsControl.v6(addr("fd00::10").getAddress())).isEqualTo("fd00::10");
    assertThat(FakeIpvsControl.v6(addr("fd00:0:1:0:0:0:0:1").getAddress())).isEqualTo("fd00:0:1::1");
    assertThat(FakeIpvsControl.v6(addr("::1").getAddress())).isEqualTo("::1");
    assertThat(FakeIpvsControl.v6(addr("fd00:1::").getAddress())).isEqualTo("fd00:1::");
    assertThat(FakeIpvsControl.v6(addr("fd00:1:2:3:4:5:0:7").getAddress()))
        .isEqualTo("fd00:1:2:3:4:5:0:7");
  }
}
