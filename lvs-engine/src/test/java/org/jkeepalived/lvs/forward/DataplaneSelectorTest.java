package org.jkeepalived.lvs.forward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jkeepalived.linux.ipvs.IpvsControl;
import org.jkeepalived.linux.ipvs.IpvsException;
import org.jkeepalived.linux.ipvs.IpvsInfo;
import org.junit.jupiter.api.Test;

/** --lvs-dataplane=auto|ipvs|userspace and the line that says which and why. */
class DataplaneSelectorTest {
  final AtomicBoolean kernelClosed = new AtomicBoolean();

  /** A kernel IPVS that answers GET_INFO with {@code info}, or refuses it when null. */
  IpvsControl kernel(IpvsInfo info) {
    return (IpvsControl) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {IpvsControl.class}, (proxy, method, args) -> switch (method.getName()) {
          case "info" -> {
            if (info == null) {
              throw new IpvsException("Operation not permitted", 1);
            }
            yield info;
          }
          case "close" -> {
            kernelClosed.set(true);
            yield null;
          }
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  final IpvsControl userspace = kernel(new IpvsInfo(0, 0));

  @Test
  void autoTakesTheKernelWhenItAnswers() throws Exception {
    IpvsControl k = kernel(new IpvsInfo((1 << 16) | (2 << 8) | 1, 4096));
    var choice = DataplaneSelector.select(DataplaneMode.AUTO, () -> k, () -> userspace);
    assertThat(choice.control()).isSameAs(k);
    assertThat(choice.userspace()).isFalse();
    assertThat(choice.reason()).isEqualTo("LVS dataplane: kernel IPVS 1.2.1 (--lvs-dataplane=auto)");
  }

  @Test
  void autoFallsBackToTheForwarderAndSaysWhy() throws Exception {
    var choice = DataplaneSelector.select(DataplaneMode.AUTO,
        () -> { throw IpvsException.unavailable("no generic netlink family IPVS"); },
        () -> userspace);
    assertThat(choice.control()).isSameAs(userspace);
    assertThat(choice.reason()).contains("userspace forwarder")
        .contains("no generic netlink family IPVS");
  }

  @Test
  void autoClosesAKernelHandleThatRefusesGetInfo() throws Exception {
    var choice = DataplaneSelector.select(DataplaneMode.AUTO, () -> kernel(null), () -> userspace);
    assertThat(choice.userspace()).isTrue();
    assertThat(kernelClosed).isTrue();
    assertThat(choice.reason()).contains("Operation not permitted");
  }

  @Test
  void ipvsModeFailsWithoutTheKernel() {
    assertThatThrownBy(() -> DataplaneSelector.select(DataplaneMode.IPVS,
        () -> { throw IpvsException.unavailable("no ip_vs"); }, () -> userspace))
        .hasMessageContaining("no ip_vs");
  }

  @Test
  void userspaceModeNeverOpensTheKernel() throws Exception {
    var choice = DataplaneSelector.select(DataplaneMode.USERSPACE,
        () -> { throw new AssertionError("kernel opened"); }, () -> userspace);
    assertThat(choice.control()).isSameAs(userspace);
  }

  @Test
  void modesParseAsTheOptionSpellsThem() {
    assertThat(DataplaneMode.parse("userspace")).isEqualTo(DataplaneMode.USERSPACE);
    assertThat(DataplaneMode.parse(" Auto ")).isEqualTo(DataplaneMode.AUTO);
    assertThatThrownBy(() -> DataplaneMode.parse("xdp")).hasMessageContaining("auto, ipvs or userspace");
  }
}
