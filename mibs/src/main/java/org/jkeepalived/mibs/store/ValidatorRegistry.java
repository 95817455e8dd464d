package org.jkeepalived.mibs.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The validators of each table (phase one of the two-phase transaction, as SNMP4J-Agent attaches
 * value validation listeners to columns). Validators may be called from several threads at once
 * and must not change anything.
 */
final class ValidatorRegistry {
  private static final Logger log = LoggerFactory.getLogger(ValidatorRegistry.class);

  // TableId compares by identity, which is what we want: one registration per table object.
  private final Map<TableId<?, ?>, List<Validator>> byTable = new ConcurrentHashMap<>();

  ObjectStore.Registration add(TableId<?, ?> table, Validator validator) {
    Objects.requireNonNull(validator);
    List<Validator> list =
        byTable.computeIfAbsent(Objects.requireNonNull(table), t -> new CopyOnWriteArrayList<>());
    // a wrapper of our own, so that removing it cannot remove an equal validator added elsewhere
    Validator added = validator::validate;
    list.add(added);
    return () -> list.remove(added);
  }

  /**
   * The first refusal of any validator for any of the changes, in change order then registration
   * order. A validator that throws refuses with {@link SetError#GEN_ERR}, as SNMP4J-Agent turns an
   * unexpected failure during a SET into genErr.
   */
  Optional<Refusal> check(List<StoreEvent> changes) {
    for (StoreEvent c : changes) {
      List<Validator> validators = byTable.get(c.table());
      if (validators == null) {
        continue;
      }
      for (Validator v : validators) {
        Optional<Refusal> r = ask(v, c);
        if (r.isPresent()) {
          return r;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Refusal> ask(Validator v, StoreEvent c) {
    try {
      Optional<Refusal> r =
          v.validate(c.table(), c.index(), c.part(), c.before(), c.after(), c.origin());
      return r == null ? Optional.empty() : r;
    } catch (RuntimeException e) {
      log.error("validator of {} threw on {} {}; refusing", c.table(), c.part(), c.index(), e);
      return Optional.of(new Refusal(SetError.GEN_ERR, "validator failed: " + e));
    }
  }
}
