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

  /** The common shape: "X connection to S success." / "X_CHECK on service S failed[ after N retries]." */
  static Wording of(String connectionWord, String checkName) {
    return new Wording() {
      @Override
      public String success(String service, ProbeResult result) {
        return connectionWord + " connection to " + service + " success.";
      }

      @Override
      public String failure(String service, ProbeResult result, int retries) {
        return retries > 0
            ? checkName + " on service " + service + " failed after " + retries + " retries."
            : checkName + " on service " + service + " failed.";
      }
    };
  }
}
