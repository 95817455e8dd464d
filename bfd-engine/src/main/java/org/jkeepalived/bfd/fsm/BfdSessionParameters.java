package org.jkeepalived.bfd.fsm;

import java.time.Duration;
import java.util.Objects;

/**
 * What the operator set for one session (keepalived's bfd_instance), in RFC 5880's terms.
 *
 * @param localDiscriminator bfd.LocalDiscr, nonzero, unique in this system (section 6.8.1)
 * @param desiredMinTx bfd.DesiredMinTxInterval once Up (keepalived's min_tx)
 * @param requiredMinRx bfd.RequiredMinRxInterval (min_rx)
 * @param idleTx the rate while not Up (keepalived's idle_tx), never below 1 s (section 6.8.3)
 * @param detectMult bfd.DetectMult (multiplier), 1-255
 * @param passive section 6.1: send nothing until the remote has been heard
 */
public record BfdSessionParameters(long localDiscriminator, Duration desiredMinTx,
    Duration requiredMinRx, Duration idleTx, int detectMult, boolean passive) {
  public BfdSessionParameters {
    Objects.requireNonNull(desiredMinTx, "desiredMinTx");
    Objects.requireNonNull(requiredMinRx, "requiredMinRx");
    Objects.requireNonNull(idleTx, "idleTx");
    if (localDiscriminator <= 0 || localDiscriminator > 0xFFFFFFFFL) {
      throw new IllegalArgumentException("local discriminator " + localDiscriminator);
    }
    if (detectMult < 1 || detectMult > 255) {
      throw new IllegalArgumentException("detect mult " + detectMult);
    }
    if (desiredMinTx.isNegative() || desiredMinTx.isZero() || requiredMinRx.isNegative()) {
      throw new IllegalArgumentException("intervals: tx must be positive, rx not negative");
    }
  }
}
