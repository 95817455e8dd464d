package org.jkeepalived.lvs.service;

import java.util.Optional;
import org.jkeepalived.mibs.model.RealServerRow;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.Part;
import org.jkeepalived.mibs.store.Refusal;
import org.jkeepalived.mibs.store.SetError;
import org.jkeepalived.mibs.store.TableId;
import org.jkeepalived.mibs.store.Validator;

/**
 * The LVS engine's veto on realServerTable config rows (the SNMP SET of realServerWeight): a
 * weight IPVS cannot take is refused with {@link SetError#WRONG_VALUE} and nothing changes.
 * keepalived's range is 0..IPVS_WEIGHT_MAX (INT32_MAX, check/check_parser.c rs_weight_handler);
 * the kernel refuses a negative weight (ERANGE). A sorry server has no weight to set
 * ({@link SetError#NOT_WRITABLE}), as keepalived answers no such name for it.
 */
public final class RealServerValidator implements Validator {
  @Override
  public Optional<Refusal> validate(
      TableId<?, ?> table, Index index, Part part, Object before, Object after, Origin origin) {
    if (table != Tables.REAL_SERVER || part != Part.CONFIG || after == null) {
      return Optional.empty();
    }
    return check((RealServerRow) before, (RealServerRow) after);
  }

  static Optional<Refusal> check(RealServerRow before, RealServerRow after) {
    if (after.sorry()) {
      return after.weight() == 0 ? Optional.empty()
          : Optional.of(new Refusal(SetError.NOT_WRITABLE, "a sorry server has no weight"));
    }
    if (after.weight() < 0) {
      return Optional.of(new Refusal(SetError.WRONG_VALUE,
          "real server weight " + after.weight() + " is outside range 0-" + Integer.MAX_VALUE));
    }
    return Optional.empty();
  }
}
