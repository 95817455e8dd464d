package org.jkeepalived.vrrp.service;

import java.util.Optional;
import org.jkeepalived.mibs.config.InitialState;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.Part;
import org.jkeepalived.mibs.store.Refusal;
import org.jkeepalived.mibs.store.SetError;
import org.jkeepalived.mibs.store.TableId;
import org.jkeepalived.mibs.store.Validator;

/**
 * The VRRP engine's veto on {@code vrrpInstanceTable} config rows (phase one of the store's
 * transaction, DESIGN.md "one path for every change"): a row the engine cannot run as asked is
 * refused, with the SNMP error status an NMS gets back, and nothing changes. The agent keeps the
 * wire-level checks (the varbind's type, the enumeration of vrrpInstancePreempt); what a priority
 * or preempt setting means to VRRP is checked here. The config loader already corrects a parsed
 * file the way keepalived does, so a load or reload passes; the rules bite on an SNMP SET.
 *
 * <ul>
 *   <li>Base priority 1..255, else {@link SetError#WRONG_VALUE}: 0 is what a leaving master sends
 *       and an advert carries one byte (RFC 5798 section 5.2.4).
 *   <li>Any priority of 1..255 may be SET, 255 included, as keepalived 2.2.7 allows (its SNMP
 *       write handler checks only the range).
 *   <li>No preempt with priority 255 or with initial state MASTER, {@link
 *       SetError#INCONSISTENT_VALUE}: keepalived's config check clears nopreempt in both cases
 *       ("nopreempt is incompatible with priority 255", "nopreempt will not work with initial
 *       state MASTER"), so the engine would not honour it.
 * </ul>
 */
public final class InstanceValidator implements Validator {
  /** RFC 5798 section 5.2.4: the priority of the router that owns the addresses. */
  static final int OWNER = 255;

  @Override
  public Optional<Refusal> validate(
      TableId<?, ?> table, Index index, Part part, Object before, Object after, Origin origin) {
    if (table != Tables.VRRP_INSTANCE || part != Part.CONFIG || after == null) {
      return Optional.empty();
    }
    return check((VrrpInstanceConfig) before, (VrrpInstanceConfig) after, origin);
  }

  /** The refusal of {@code after} replacing {@code before} (null for a new row), if any. */
  static Optional<Refusal> check(VrrpInstanceConfig before, VrrpInstanceConfig after,
      Origin origin) {
    int p = after.priority();
    if (p < 1 || p > OWNER) {
      return refuse(SetError.WRONG_VALUE, after, "priority " + p + " is not in 1..255");
    }
    boolean preempt = after.behaviour() == null || after.behaviour().preempt();
    if (!preempt && p == OWNER) {
      return refuse(SetError.INCONSISTENT_VALUE, after, "nopreempt is incompatible with priority 255");
    }
    if (!preempt && after.state() == InitialState.MASTER) {
      return refuse(SetError.INCONSISTENT_VALUE, after,
          "nopreempt will not work with initial state MASTER");
    }
    return Optional.empty();
  }

  private static Optional<Refusal> refuse(SetError error, VrrpInstanceConfig row, String why) {
    return Optional.of(new Refusal(error, "(" + row.name() + ") " + why));
  }
}
