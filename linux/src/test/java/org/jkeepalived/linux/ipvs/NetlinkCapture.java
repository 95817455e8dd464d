package org.jkeepalived.linux.ipvs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jkeepalived.linux.netlink.NetlinkMessage;

/**
 * The netlink messages of a capture decoded by shared/lab/nl-ipvs-decode.py (a test resource in
 * this package): one block per message, a header line "#FRAME ... nlproto=16 len=... type=0x1f
 * flags=... seq=... portid=...", the decoder's reading, then the exact bytes in hex. Only the bytes
 * are trusted; the reading is kept to find messages and to show in failures.
 */
final class NetlinkCapture {
  /** One captured message. */
  record Captured(int frame, int protocol, String text, byte[] bytes) {
    NetlinkMessage message() {
      return org.jkeepalived.linux.netlink.NetlinkCodec.decode(bytes, bytes.length).get(0);
    }

    boolean isRequest() {
      return message().hasFlag(org.jkeepalived.linux.netlink.Netlink.NLM_F_REQUEST);
    }

    @Override
    public String toString() {
      return text.lines().limit(2).reduce((a, b) -> a + " / " + b.strip()).orElse("");
    }
  }

  private static final Pattern HEADER =
      Pattern.compile("^#(\\d+) .*nlproto=(\\d+) len=(\\d+) .*$");
  private static final Pattern HEX = Pattern.compile("^ {4}[0-9a-f]{4}  ((?:[0-9a-f]{2} ?)+)$");

  private final String name;
  private final List<Captured> messages;

  private NetlinkCapture(String name, List<Captured> messages) {
    this.name = name;
    this.messages = messages;
  }

  static NetlinkCapture load(String resource) {
    try (InputStream in = NetlinkCapture.class.getResourceAsStream(resource)) {
      Objects.requireNonNull(in, resource);
      return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static NetlinkCapture parse(String name, String text) {
    List<Captured> out = new ArrayList<>();
    int frame = -1;
    int protocol = -1;
    int length = -1;
    StringBuilder reading = new StringBuilder();
    StringBuilder hex = new StringBuilder();
    for (String line : (text + "\n#0 nlproto=0 len=0 end").split("\n")) {
      Matcher h = HEADER.matcher(line);
      if (h.matches()) {
        if (frame >= 0 && hex.length() > 0) {
          byte[] bytes = HexFormat.of().parseHex(hex);
          if (bytes.length != length) {
            throw new IllegalStateException(name + " #" + frame + ": " + bytes.length
                + " bytes of hex for len=" + length);
          }
          out.add(new Captured(frame, protocol, reading.toString(), bytes));
        }
        frame = Integer.parseInt(h.group(1));
        protocol = Integer.parseInt(h.group(2));
        length = Integer.parseInt(h.group(3));
        reading.setLength(0);
        hex.setLength(0);
        reading.append(line).append('\n');
        continue;
      }
      Matcher x = HEX.matcher(line);
      if (x.matches()) {
        hex.append(x.group(1).replace(" ", ""));
      } else if (!line.isBlank()) {
        reading.append(line).append('\n');
      }
    }
    return new NetlinkCapture(name, out);
  }

  /** Every generic netlink message whose decoded text contains {@code marker}. */
  List<Captured> with(String marker) {
    return messages.stream().filter(m -> m.protocol() == 16 && m.text().contains(marker)).toList();
  }

  /** The message of frame {@code frame} (the first, if the datagram held several). */
  Captured frame(int frame) {
    return messages.stream().filter(m -> m.frame() == frame).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name + " has no frame #" + frame));
  }

  List<Captured> all() {
    return messages;
  }

  String name() {
    return name;
  }
}
