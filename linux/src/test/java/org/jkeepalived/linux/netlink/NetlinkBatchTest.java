package org.jkeepalived.linux.netlink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jkeepalived.linux.TestBytes.hex;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetlinkBatchTest {
  private static final int FAMILY = 0x24;

  @Test
  void encodesEachRequestNumberedWithOnlyTheLastAskingForTheAck() {
    NetlinkMessage newDest = new NetlinkMessage(FAMILY, 0, 0, 0, hex("05010000"));
    NetlinkMessage setDest = new NetlinkMessage(FAMILY, 0, 0, 0, hex("06010000 aa"));
    byte[] wire = NetlinkBatch.encode(List.of(newDest, setDest), 100);
    assertThat(wire).isEqualTo(hex(
        // len 20, type 0x24, NLM_F_REQUEST, seq 100, port 0, genl header NEW_DEST v1
        "14000000 2400 0100 64000000 00000000 05010000"
        // len 21 (padded to 24), NLM_F_REQUEST|NLM_F_ACK, seq 101
        + "15000000 2400 0500 65000000 00000000 06010000 aa000000"));
    assertThat(NetlinkCodec.decode(wire, wire.length)).extracting(NetlinkMessage::seq)
        .containsExactly(100, 101);
  }

  @Test
  void keepsTheRequestsOwnFlags() {
    NetlinkMessage replace =
        new NetlinkMessage(FAMILY, Netlink.NLM_F_REPLACE, 0, 0, hex("01010000"));
    byte[] wire = NetlinkBatch.encode(List.of(replace), 7);
    NetlinkMessage sent = NetlinkCodec.decode(wire, wire.length).get(0);
    assertThat(sent.flags())
        .isEqualTo(Netlink.NLM_F_REPLACE | Netlink.NLM_F_REQUEST | Netlink.NLM_F_ACK);
  }

  @Test
  void anEmptyBatchIsRefused() {
    assertThatThrownBy(() -> NetlinkBatch.encode(List.of(), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anErrorInTheMiddleIsTheRightRequestsAndTheLastAckCompletes() {
    NetlinkBatch.Answers a = new NetlinkBatch.Answers(200, 4);
    assertThat(a.accept(error(201, 17))).isFalse(); // request 2: EEXIST
    assertThat(a.accept(error(202, 3))).isFalse(); // request 3: ESRCH
    assertThat(a.complete()).isFalse();
    assertThat(a.accept(error(203, 0))).isTrue(); // the ACK of the last
    assertThat(a.errnos()).containsExactly(0, 17, 3, 0);
  }

  @Test
  void aRefusedLastRequestCompletesTheBatchToo() {
    NetlinkBatch.Answers a = new NetlinkBatch.Answers(10, 2);
    assertThat(a.accept(error(11, 22))).isTrue();
    assertThat(a.errnos()).containsExactly(0, 22);
  }

  @Test
  void staleAnswersOfOtherSequenceNumbersAreIgnored() {
    NetlinkBatch.Answers a = new NetlinkBatch.Answers(10, 2);
    assertThat(a.accept(error(9, 17))).isFalse();
    assertThat(a.accept(error(12, 17))).isFalse();
    assertThat(a.accept(error(11, 0))).isTrue();
    assertThat(a.errnos()).containsExactly(0, 0);
  }

  @Test
  void anAnswerThatIsNoErrorOrAckIsMalformed() {
    NetlinkBatch.Answers a = new NetlinkBatch.Answers(10, 3);
    NetlinkMessage data = new NetlinkMessage(FAMILY, 0, 11, 0, hex("01010000"));
    assertThatThrownBy(() -> a.accept(data)).isInstanceOf(MalformedNetlinkException.class)
        .hasMessageContaining("request 2 of 3");
  }

  @Test
  void anErrorShorterThanItsCodeIsMalformed() {
    NetlinkBatch.Answers a = new NetlinkBatch.Answers(10, 1);
    NetlinkMessage shortError = new NetlinkMessage(Netlink.NLMSG_ERROR, 0, 10, 0, hex("ffff"));
    assertThatThrownBy(() -> a.accept(shortError)).isInstanceOf(MalformedNetlinkException.class);
  }

  @Test
  void anAnswerAfterTheFinalAckIsMalformed() {
    NetlinkBatch.Answers a = new NetlinkBatch.Answers(10, 1);
    a.accept(error(10, 0));
    assertThatThrownBy(() -> a.accept(error(10, 0)))
        .isInstanceOf(MalformedNetlinkException.class).hasMessageContaining("after");
  }

  @Test
  void aTruncatedDatagramOfAnswersIsMalformed() {
    byte[] wire = new NetlinkMessage(Netlink.NLMSG_ERROR, 0, 10, 0, code(0)).encode();
    assertThatThrownBy(() -> NetlinkCodec.decode(wire, wire.length - 4))
        .isInstanceOf(MalformedNetlinkException.class);
  }

  /** An nlmsgerr answering request {@code seq}: -errno, then (abridged) the request's header. */
  private static NetlinkMessage error(int seq, int errno) {
    return new NetlinkMessage(Netlink.NLMSG_ERROR, 0, seq, 0, code(errno));
  }

  private static byte[] code(int errno) {
    return ByteBuffer.allocate(20).order(ByteOrder.nativeOrder()).putInt(-errno).putInt(20)
        .putShort((short) FAMILY).putShort((short) 5).putInt(0).putInt(0).array();
  }
}
