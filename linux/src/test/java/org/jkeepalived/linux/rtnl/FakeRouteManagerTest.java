package org.jkeepalived.linux.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.junit.jupiter.api.Test;

class FakeRouteManagerTest {
  @Test
  void behavesLikeTheKernelOnDuplicatesAndMissingEntries() throws Exception {
    FakeRouteManager fake = new FakeRouteManager();
    KernelRoute r = KernelRoute.unicast(InetAddress.getByName("198.19.61.0"), 24)
        .withOutputInterface(2);
    KernelRule rule = KernelRule.lookup(LinuxConstants.AF_INET, 61).withPriority(61);
    fake.addRoute(r);
    fake.addRule(rule);
    assertThatThrownBy(() -> fake.addRoute(r)).isInstanceOfSatisfying(ErrnoException.class,
        e -> assertThat(e.errno()).isEqualTo(LinuxConstants.EEXIST));
    assertThatThrownBy(() -> fake.addRule(rule)).isInstanceOfSatisfying(ErrnoException.class,
        e -> assertThat(e.errno()).isEqualTo(LinuxConstants.EEXIST));
    assertThat(fake.routes(LinuxConstants.AF_INET)).containsExactly(r);
    assertThat(fake.routes(LinuxConstants.AF_INET6)).isEmpty();
    assertThat(fake.rules(0)).containsExactly(rule);
    fake.deleteRoute(r);
    fake.deleteRule(rule);
    assertThatThrownBy(() -> fake.deleteRoute(r)).isInstanceOfSatisfying(ErrnoException.class,
        e -> assertThat(e.errno()).isEqualTo(LinuxConstants.ESRCH));
    assertThatThrownBy(() -> fake.deleteRule(rule)).isInstanceOfSatisfying(ErrnoException.class,
        e -> assertThat(e.errno()).isEqualTo(LinuxConstants.ENOENT));
    fake.failNext(new ErrnoException("RTM_NEWROUTE", LinuxConstants.ENODEV, "No such device"));
    assertThatThrownBy(() -> fake.addRoute(r)).isInstanceOf(ErrnoException.class);
    assertThat(fake.routes(0)).isEmpty();
    assertThat(fake.calls()).extracting(FakeRouteManager.Call::operation).containsExactly(
        "addRoute", "addRule", "addRoute", "addRule", "deleteRoute", "deleteRule", "deleteRoute",
        "deleteRule", "addRoute");
  }
}
