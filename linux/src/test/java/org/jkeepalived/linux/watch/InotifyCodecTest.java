package org.jkeepalived.linux.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class InotifyCodecTest {
  // Two events as read(2) returns them on x86_64: wd 1 IN_CLOSE_WRITE "prio" (len 8, NUL padded),
  // then wd 1 IN_DELETE "x" (len 4).
  private static final String GOLDEN =
      "01000000" + "08000000" + "00000000" + "08000000" + "7072696f00000000"
          + "01000000" + "00020000" + "00000000" + "04000000" + "78000000";

  @Test
  void decodesKernelLayout() {
    byte[] b = HexFormat.of().parseHex(GOLDEN);
    assertThat(InotifyCodec.decode(b, b.length, ByteOrder.LITTLE_ENDIAN)).containsExactly(
        new InotifyEvent(1, InotifyEvent.IN_CLOSE_WRITE, 0, "prio"),
        new InotifyEvent(1, InotifyEvent.IN_DELETE, 0, "x"));
  }

  @Test
  void encodesTheSameBytes() {
    List<InotifyEvent> events = List.of(
        new InotifyEvent(1, InotifyEvent.IN_CLOSE_WRITE, 0, "prio"),
        new InotifyEvent(1, InotifyEvent.IN_DELETE, 0, "x"));
    assertThat(HexFormat.of().formatHex(InotifyCodec.encode(events, ByteOrder.LITTLE_ENDIAN)))
        .isEqualTo(GOLDEN);
  }

  @Test
  void roundTripsNamelessAndRenameEvents() {
    List<InotifyEvent> events = List.of(
        new InotifyEvent(3, InotifyEvent.IN_Q_OVERFLOW, 0, ""),
        new InotifyEvent(2, InotifyEvent.IN_MOVED_FROM, 77, "a-longer-file-name.txt"),
        new InotifyEvent(2, InotifyEvent.IN_MOVED_TO, 77, "b"));
    byte[] b = InotifyCodec.encode(events, ByteOrder.BIG_ENDIAN);
    assertThat(InotifyCodec.decode(b, b.length, ByteOrder.BIG_ENDIAN)).isEqualTo(events);
  }

  @Test
  void rejectsTruncatedEvents() {
    byte[] b = HexFormat.of().parseHex(GOLDEN);
    assertThatThrownBy(() -> InotifyCodec.decode(b, 10, ByteOrder.LITTLE_ENDIAN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InotifyCodec.decode(b, 20, ByteOrder.LITTLE_ENDIAN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mapsMasksToTrackFileKinds() {
    assertThat(FileWatcher.kindOf(InotifyEvent.IN_CLOSE_WRITE)).isEqualTo(FileEvent.Kind.WRITTEN);
    assertThat(FileWatcher.kindOf(InotifyEvent.IN_MOVED_TO)).isEqualTo(FileEvent.Kind.MOVED_IN);
    assertThat(FileWatcher.kindOf(InotifyEvent.IN_MOVED_FROM)).isEqualTo(FileEvent.Kind.MOVED_OUT);
    assertThat(FileWatcher.kindOf(InotifyEvent.IN_DELETE)).isEqualTo(FileEvent.Kind.DELETED);
    assertThat(FileWatcher.kindOf(InotifyEvent.IN_Q_OVERFLOW)).isEqualTo(FileEvent.Kind.OVERFLOW);
    assertThat(FileWatcher.kindOf(InotifyEvent.IN_DELETE | InotifyEvent.IN_ISDIR)).isNull();
    assertThat(FileWatcher.kindOf(InotifyEvent.IN_IGNORED)).isNull();
  }
}
