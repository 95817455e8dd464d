package org.jkeepalived.lvs.check.watch;

import org.jkeepalived.lvs.check.CheckVerdict;

/**
 * What a track_file's number means to a FILE_CHECK (track_file.c {@code
 * update_track_file_status} and {@code process_update_checker_track_file_status}). With weight
 * 0, a non-zero number is a failure (with {@code reverse}, zero is). Otherwise the number times
 * the weight (negated with {@code reverse}), held to 32 bits, adds to the real server's weight;
 * only IPVS_WEIGHT_FAULT (the lowest 32-bit value) is a failure.
 */
public final class FileCheckValue {
  private FileCheckValue() {}

  public static CheckVerdict verdict(long value, int weight, boolean reverse, String file) {
    if (weight == 0) {
      boolean fault = reverse ? value == 0 : value != 0;
      return fault ? CheckVerdict.down("tracked file " + file + " now FAULT state")
          : CheckVerdict.up("tracked file " + file + " is " + value);
    }
    long status = value * weight * (reverse ? -1L : 1L);
    if (status <= Integer.MIN_VALUE) {
      return CheckVerdict.down("tracked file " + file + " now FAULT state");
    }
    int adjust = (int) Math.min(Integer.MAX_VALUE, status);
    return new CheckVerdict(true, java.util.OptionalInt.empty(), adjust,
        "tracked file " + file + " is " + value);
  }

  /** Whether keepalived would take this number (it ignores one outside INT32_MIN..INT32_MAX+1). */
  public static boolean inRange(long value) {
    return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE + 1L;
  }
}
