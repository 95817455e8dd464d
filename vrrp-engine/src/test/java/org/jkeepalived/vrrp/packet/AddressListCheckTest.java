package org.jkeepalived.vrrp.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddressListCheckTest {
  private static InetAddress ip(String s) throws Exception {
    return InetAddress.getByName(s);
  }

  private static VrrpAdvertisement advert(InetAddress... addrs) {
    return VrrpAdvertisement.v3(51, 100, Duration.ofSeconds(1), List.of(addrs));
  }

  @Test
  void sameAddressesInAnyOrderMatch() throws Exception {
    assertThat(AddressListCheck.mismatch(advert(ip("198.18.7.101"), ip("198.18.7.100")),
        List.of(ip("198.18.7.100"), ip("198.18.7.101")))).isEmpty();
  }

  @Test
  void anotherCountIsReportedInKeepalivedsWords() throws Exception {
    assertThat(AddressListCheck.mismatch(advert(ip("198.18.7.100")),
        List.of(ip("198.18.7.100"), ip("198.18.7.101"))))
        .contains("received an invalid ip address count 1, expected 2!");
  }

  @Test
  void aMissingAddressIsNamed() throws Exception {
    assertThat(AddressListCheck.mismatch(advert(ip("198.18.7.100"), ip("198.18.7.9")),
        List.of(ip("198.18.7.100"), ip("198.18.7.101"))))
        .contains("ip address associated with VRID 51 not present in MASTER advert : "
            + "198.18.7.101");
  }

  @Test
  void anInstanceWithoutAddressesChecksNothing() throws Exception {
    assertThat(AddressListCheck.mismatch(advert(ip("198.18.7.100")), List.of())).isEmpty();
  }

  @Test
  void skipCheckAdvAddrSkipsOnlyTheKnownMaster() throws Exception {
    InetAddress master = ip("198.18.7.1");
    assertThat(AddressListCheck.applies(false, master, Optional.of(master))).isTrue();
    assertThat(AddressListCheck.applies(true, master, Optional.of(master))).isFalse();
    assertThat(AddressListCheck.applies(true, ip("198.18.7.2"), Optional.of(master))).isTrue();
    assertThat(AddressListCheck.applies(true, master, Optional.empty())).isTrue();
  }

  /** Over 16 addresses the check hashes the advert's list; the outcome is the same. */
  @Test
  void aLongListIsCheckedAsAShortOne() throws Exception {
    InetAddress[] theirs = new InetAddress[20];
    List<InetAddress> ours = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      theirs[i] = ip("198.18.7." + (119 - i));
      ours.add(ip("198.18.7." + (100 + i)));
    }
    assertThat(AddressListCheck.mismatch(advert(theirs), ours)).isEmpty();
    theirs[0] = ip("198.18.8.1"); // drops 198.18.7.119, the last of ours
    assertThat(AddressListCheck.mismatch(advert(theirs), ours))
        .contains("ip address associated with VRID 51 not present in MASTER advert : "
            + "198.18.7.119");
  }
}
