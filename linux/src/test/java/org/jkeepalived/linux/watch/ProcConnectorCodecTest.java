package org.jkeepalived.linux.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcConnectorCodecTest {
  private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

  @Test
  void subscriptionIsCnMsgWithListenOp() {
    // cn_msg {idx 1, val 1, seq 0, ack 0, len 4, flags 0} + PROC_CN_MCAST_LISTEN
    assertThat(HexFormat.of().formatHex(ProcConnectorCodec.subscription(true, LE)))
        .isEqualTo("01000000" + "01000000" + "00000000" + "00000000" + "0400" + "0000" + "01000000");
    assertThat(ProcConnectorCodec.subscription(false, LE)[20]).isEqualTo((byte) 2);
  }

  private static ByteBuffer event(int what, int dataLen) {
    ByteBuffer b = ByteBuffer.allocate(20 + 16 + dataLen).order(LE);
    b.putInt(1).putInt(1).putInt(9).putInt(0).putShort((short) (16 + dataLen)).putShort((short) 0);
    b.putInt(what).putInt(0).putLong(123456789L);
    return b;
  }

  @Test
  void decodesForkExecCommExit() {
    ByteBuffer f = event(ProcConnectorCodec.PROC_EVENT_FORK, 16);
    f.putInt(10).putInt(10).putInt(11).putInt(11);
    assertThat(ProcConnectorCodec.decode(f.array(), LE))
        .contains(new ProcEvent.Fork(10, 10, 11, 11));

    ByteBuffer e = event(ProcConnectorCodec.PROC_EVENT_EXEC, 8);
    e.putInt(11).putInt(11);
    assertThat(ProcConnectorCodec.decode(e.array(), LE)).contains(new ProcEvent.Exec(11, 11));

    ByteBuffer c = event(ProcConnectorCodec.PROC_EVENT_COMM, 24);
    c.putInt(12).putInt(11).put("worker".getBytes(StandardCharsets.US_ASCII));
    ProcEvent comm = ProcConnectorCodec.decode(c.array(), LE).orElseThrow();
    assertThat(comm).isEqualTo(new ProcEvent.Comm(12, 11, "worker"));
    assertThat(comm.isThread()).isTrue();
    assertThat(comm.pid()).isEqualTo(11);

    ByteBuffer x = event(ProcConnectorCodec.PROC_EVENT_EXIT, 24);
    x.putInt(11).putInt(11).putInt(9).putInt(17).putInt(10).putInt(10);
    assertThat(ProcConnectorCodec.decode(x.array(), LE)).contains(new ProcEvent.Exit(11, 11, 9, 17));
  }

  @Test
  void ignoresOtherMessagesAndEvents() {
    assertThat(ProcConnectorCodec.decode(event(ProcConnectorCodec.PROC_EVENT_NONE, 4).array(), LE))
        .isEqualTo(Optional.empty());
    assertThat(ProcConnectorCodec.decode(event(0x4 /* UID */, 16).array(), LE)).isEmpty();
    ByteBuffer other = event(ProcConnectorCodec.PROC_EVENT_EXEC, 8);
    other.putInt(0, 7); // another connector index
    assertThat(ProcConnectorCodec.decode(other.array(), LE)).isEmpty();
    assertThat(ProcConnectorCodec.decode(new byte[10], LE)).isEmpty();
  }

  @Test
  void rejectsShortEvents() {
    ByteBuffer f = event(ProcConnectorCodec.PROC_EVENT_FORK, 4);
    assertThatThrownBy(() -> ProcConnectorCodec.decode(f.array(), LE))
        .isInstanceOf(IllegalArgumentException.class);
    ByteBuffer lying = event(ProcConnectorCodec.PROC_EVENT_EXEC, 8);
    lying.putShort(16, (short) 200);
    assertThatThrownBy(() -> ProcConnectorCodec.decode(lying.array(), LE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
