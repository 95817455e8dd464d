package org.jkeepalived.agent.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.jkeepalived.linux.ffi.LibC;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.ffi.Native;
import org.jkeepalived.linux.ffi.SockAddr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The syslog sender against a real AF_UNIX datagram socket standing in for /dev/log. */
class UnixDatagramSenderTest {
  @TempDir Path dir;

  @Test
  void sendsEachDatagramWholeToThePath() {
    assumeTrue(Native.isAvailable(), "libc binding");
    LibC libc = Native.libc();
    String path = dir.resolve("log").toString();
    int receiver = libc.socket(LinuxConstants.AF_UNIX,
        LinuxConstants.SOCK_DGRAM | LinuxConstants.SOCK_CLOEXEC | LinuxConstants.SOCK_NONBLOCK, 0);
    assertThat(receiver).isNotNegative();
    try {
      byte[] address = SockAddr.unix(path);
      assertThat(libc.bind(receiver, address, address.length)).isZero();
      try (UnixDatagramSender sender = UnixDatagramSender.open(path)) {
        assertThat(sender).isNotNull();
        sender.send("<30>first".getBytes(StandardCharsets.US_ASCII));
        sender.send("<29>second".getBytes(StandardCharsets.US_ASCII));
      }
      assertThat(receive(libc, receiver)).isEqualTo("<30>first");
      assertThat(receive(libc, receiver)).isEqualTo("<29>second");
    } finally {
      libc.close(receiver);
    }
  }

  @Test
  void sendingWithNoReaderIsSilent() {
    assumeTrue(Native.isAvailable(), "libc binding");
    // a path nobody listens on: open works (connectionless), each send fails quietly
    try (UnixDatagramSender sender = UnixDatagramSender.open(dir.resolve("none").toString())) {
      assertThat(sender).isNotNull();
      sender.send(new byte[] {'x'});
    }
  }

  @Test
  void aPathTooLongForSunPathGivesNoSender() {
    assertThat(UnixDatagramSender.open("/" + "x".repeat(SockAddr.SUN_PATH_LEN))).isNull();
  }

  private static String receive(LibC libc, int fd) {
    byte[] buf = new byte[256];
    long n = libc.recvfrom(fd, buf, buf.length, 0, null, null);
    assertThat(n).as("datagram waiting").isPositive();
    return new String(Arrays.copyOf(buf, (int) n), StandardCharsets.US_ASCII);
  }
}
