package org.jkeepalived.vrrp.packet;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** The VRRP protocol version carried in the high nibble of the first octet. */
public enum VrrpVersion {
  /** RFC 3768: IPv4, whole-second intervals, an 8-octet authentication trailer. */
  V2(2),
  /** RFC 5798: IPv4 and IPv6, centisecond intervals, no authentication. */
  V3(3);

  /**
   * The answer for each nibble, made once: {@code fromWire} runs for every received advert, and
   * {@code values()} plus {@code Optional.of} per call were the largest allocation of a
   * 500-instance backup at advert_int 0.1 (JFR, bench/scale/measured/2026-12-07-pub5.md).
   */
  private static final List<Optional<VrrpVersion>> BY_NIBBLE = IntStream.range(0, 16)
      .mapToObj(n -> Arrays.stream(values()).filter(v -> v.wire == n).findFirst())
      .toList();

  private final int wire;

  VrrpVersion(int wire) {
    this.wire = wire;
  }

  /** The value of the version nibble. */
  public int wire() {
    return wire;
  }

  /** The version for a version nibble, empty for any value other than 2 or 3. */
  public static Optional<VrrpVersion> fromWire(int nibble) {
    return nibble >= 0 && nibble < BY_NIBBLE.size() ? BY_NIBBLE.get(nibble) : Optional.empty();
  }
}
