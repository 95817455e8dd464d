package org.jkeepalived.lvs.check;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What one checker concluded about its real server, reported when it changes.
 *
 * @param up whether the check passes (after {@code retry} and {@code delay_before_retry})
 * @param weight a weight the checker sets: MISC_CHECK with {@code misc_dynamic} (exit code minus
 *     2); empty when the checker does not set one
 * @param weightAdjust what the checker adds to the weight: FILE_CHECK (file value times its
 *     {@code weight}, negated with {@code reverse}); 0 otherwise
 * @param reason for the log: keepalived's wording of what passed or failed
 */
public record CheckVerdict(boolean up, OptionalInt weight, int weightAdjust, String reason) {
  public CheckVerdict {
    Objects.requireNonNull(weight);
    Objects.requireNonNull(reason);
  }

  public static CheckVerdict up(String reason) {
    return new CheckVerdict(true, OptionalInt.empty(), 0, reason);
  }

  public static CheckVerdict down(String reason) {
    return new CheckVerdict(false, OptionalInt.empty(), 0, reason);
  }
}
