package org.jkeepalived.lvs.check.fsm;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How one probe of a check ended.
 *
 * @param ok whether the probe passed
 * @param detail keepalived's wording of what happened (logged on failures with {@code
 *     log_all_failures}; the reason of a verdict)
 * @param weight a weight the probe sets (MISC_CHECK with {@code misc_dynamic}); empty otherwise
 */
public record ProbeResult(boolean ok, String detail, OptionalInt weight) {
  public ProbeResult {
    Objects.requireNonNull(detail);
    Objects.requireNonNull(weight);
  }

  /**
   * A probe that could not run at all (a script that could not be started): keepalived counts
   * nothing for it, so the runner just waits a delay_loop. Compared by identity.
   */
  public static final ProbeResult NO_RESULT =
      new ProbeResult(false, "no result", OptionalInt.empty());

  public static ProbeResult ok(String detail) {
    return new ProbeResult(true, detail, OptionalInt.empty());
  }

  public static ProbeResult failed(String detail) {
    return new ProbeResult(false, detail, OptionalInt.empty());
  }
}
