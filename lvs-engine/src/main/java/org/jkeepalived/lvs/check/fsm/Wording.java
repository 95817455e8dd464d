package org.jkeepalived.lvs.check.fsm;

/**
 * keepalived's log lines for a checker's transitions. {@code service} is keepalived's {@code
 * FMT_CHK}: {@code [address]:tcp:port}.
 */
public interface Wording {
  /** Logged when the check comes (or is first seen) up; null: nothing (DNS_CHECK). */
  String success(String service, ProbeResult result);

  /**
   * Logged when the check goes (or is first seen) down; {@code retries} is the number of retries
   * made, 0 when none were (keepalived then leaves the count out).
   */
  String failure(String service, ProbeResult result, int retries);

  /**
   * With {@code log_all_failures}, the line for a failure that will be retried; {@code attempt}
   * counts from 1 (the scheduled probe) up to {@code retry}. Null (the default): the checker has
   * no such line, and the probe's own detail is logged on every failure of an up check instead.
   */
  default String retried(String service, ProbeResult result, int attempt, int retry) {
    return null;
  }

  /** The success line of a checker. */
  @FunctionalInterface
  interface SuccessLine {
    String line(String service, ProbeResult result);
  }

  /** The failure line of a checker. */
  @FunctionalInterface
  interface FailureLine {
    String line(String service, ProbeResult result, int retries);
  }

  /** A wording from its two lines. */
  static Wording of(SuccessLine success, FailureLine failure) {
    return new Wording() {
      @Override
      public String success(String service, ProbeResult result) {
        return success.line(service, result);
      }

      @Override
      public String failure(String service, ProbeResult result, int retries) {
        return failure.line(service, result, retries);
      }
    };
  }

  /**
   * The common shape: "{connectionWord} connection to S success." and "{checkName} on service S
   * failed[ after N retries]." (TCP_CHECK, UDP_CHECK; PING_CHECK says ICMP / ICMP CHECK).
   */
  static Wording of(String connectionWord, String checkName) {
    return of((s, r) -> connectionWord + " connection to " + s + " success.",
        (s, r, retries) -> retries > 0
            ? checkName + " on service " + s + " failed after " + retries + " retries."
            : checkName + " on service " + s + " failed.");
  }
}
