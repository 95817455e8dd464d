package org.jkeepalived.vrrp.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceAddressCheckTest {

  @ParameterizedTest(name = "src {0} track {1} v6 {2} on-if [{3}] -> fault {4}")
  @CsvSource({
    // no configured source: FAULT only when the interface has no address of the family
    "'', false, false, '198.18.0.1', false",
    "'', false, false, '', true",
    "'', false, false, 'fd00::1', true",
    "'', false, true, 'fd00::1', true",
    "'', false, true, 'fe80::1 fd00::1', false",
    "'', true, false, '', true",
    // configured source without track_src_ip: never a fault
    "198.18.0.9, false, false, '', false",
    // configured source with track_src_ip: FAULT while it is missing from the interface
    "198.18.0.9, true, false, '198.18.0.1', true",
    "198.18.0.9, true, false, '198.18.0.1 198.18.0.9', false",
    "fd00::9, true, true, 'fe80::1', true",
    "fd00::9, true, true, 'fe80::1 fd00::9', false",
  })
  void faultWhenTheSourceIsMissing(String src, boolean track, boolean v6, String onIf, boolean fault)
      throws Exception {
    List<InetAddress> addrs = new ArrayList<>();
    for (String a : onIf.split(" ")) {
      if (!a.isBlank()) {
        addrs.add(InetAddress.getByName(a));
      }
    }
    InetAddress configured = src.isEmpty() ? null : InetAddress.getByName(src);
    assertThat(SourceAddressCheck.fault(configured, track, v6, addrs)).isEqualTo(fault);
  }
}
