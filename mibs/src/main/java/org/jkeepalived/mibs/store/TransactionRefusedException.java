package org.jkeepalived.mibs.store;

/**
 * Thrown by {@link Transaction#commit()} when a validator refused the transaction, either in an
 * earlier {@link Transaction#validate()} or when commit re-validated against the then-current
 * store. Nothing was changed. Carries the {@link Refusal} so that an SNMP SET can answer with its
 * error status.
 */
public final class TransactionRefusedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final transient Refusal refusal;

  public TransactionRefusedException(Refusal refusal) {
    super("transaction refused: " + refusal.error() + ": " + refusal.reason());
    this.refusal = refusal;
  }

  public Refusal refusal() {
    return refusal;
  }
}
