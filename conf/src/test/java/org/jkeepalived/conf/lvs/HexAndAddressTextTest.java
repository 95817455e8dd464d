package org.jkeepalived.conf.lvs;

import org.jkeepalived.mibs.config.IpText;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class HexAndAddressTextTest {
  @Test
  void hexWordsAreReadTwoDigitsAtATime() {
    // The man page's example: "Ab12f 3 456 546443123" is AB 12 0F 03 45 06 54 64 43 12 03.
    assertThat(HexStrings.parse(List.of("Ab12f", "3", "456", "546443123"), false))
        .isEqualTo("ab120f03450654644312" + "03");
    assertThat(HexStrings.parse(List.of("0102zz"), false)).isNull();
    assertThat(HexStrings.parse(List.of("AbXx"), true)).isEqualTo("abxx");
    assertThat(HexStrings.parse(List.of("AbXx"), false)).isNull();
  }

  @Test
  void ipv6IsPrintedAsInetNtopDoes() throws Exception {
    assertThat(IpText.format(InetAddress.getByName("fd00:0:0:0:0:0:0:2"))).isEqualTo("fd00::2");
    assertThat(IpText.format(InetAddress.getByName("fd00:1:0:0:1:0:0:0"))).isEqualTo("fd00:1:0:0:1::");
    assertThat(IpText.format(InetAddress.getByName("fd00:1:2:3:4:5:6:7"))).isEqualTo("fd00:1:2:3:4:5:6:7");
    assertThat(IpText.format(InetAddress.getByName("198.18.1.1"))).isEqualTo("198.18.1.1");
  }

  @Test
  void statusRangesAreChecked() {
    assertThat(HttpKeywords.statusRange("200-299")).isNotNull();
    assertThat(HttpKeywords.statusRange("600")).isNull();
    assertThat(HttpKeywords.statusRange("299-200")).isNull();
    assertThat(HttpKeywords.statusRange("abc")).isNull();
  }
}
