package org.jkeepalived.lvs.check.ping;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class IcmpEchoTest {
  @Test
  void anIpv4RequestCarriesAValidChecksum() {
    byte[] req = IcmpEcho.request(false, 0x1234, 7, new byte[] {1, 2, 3});
    assertThat(req).startsWith(8, 0);
    assertThat(IcmpEcho.checksum(req, 0, req.length)).isZero(); // RFC 1071: sums to 0xffff
    assertThat(req[4]).isEqualTo((byte) 0x12);
    assertThat(req[7]).isEqualTo((byte) 7);
    assertThat(IcmpEcho.request(true, 1, 1, new byte[0])[0]).isEqualTo((byte) 128);
  }

  @Test
  void repliesMatchOnTypeSequenceAndIdentifier() {
    byte[] reply = IcmpEcho.request(false, 0x1234, 7, new byte[4]);
    reply[0] = 0;
    assertThat(IcmpEcho.isReply(false, false, reply, reply.length, 0x1234, 7, true)).isTrue();
    assertThat(IcmpEcho.isReply(false, false, reply, reply.length, 0x1235, 7, true)).isFalse();
    assertThat(IcmpEcho.isReply(false, false, reply, reply.length, 0x1235, 7, false)).isTrue();
    assertThat(IcmpEcho.isReply(false, false, reply, reply.length, 0x1234, 8, true)).isFalse();
    byte[] withIp = new byte[20 + reply.length];
    withIp[0] = 0x45;
    System.arraycopy(reply, 0, withIp, 20, reply.length);
    assertThat(IcmpEcho.isReply(false, true, withIp, withIp.length, 0x1234, 7, true)).isTrue();
    byte[] request = IcmpEcho.request(false, 0x1234, 7, new byte[4]);
    assertThat(IcmpEcho.isReply(false, false, request, request.length, 0x1234, 7, true)).isFalse();
  }

  @Property(tries = 300)
  void arbitraryBytesAreNeverAReplyByAccidentAndNeverThrow(@ForAll byte[] junk,
      @ForAll boolean v6, @ForAll boolean ip) {
    IcmpEcho.isReply(v6, ip, junk, junk.length, 1, 1, true);
  }
}
