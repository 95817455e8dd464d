package org.jkeepalived.mibs.store;

import java.util.Optional;

/**
 * Lets the owner of a table refuse a change before it is committed (phase one of the store's
 * two-phase transaction). It must not change anything: commit follows only if every validator of
 * every touched row agreed.
 */
@FunctionalInterface
public interface Validator {
  Optional<Refusal> validate(
      TableId<?, ?> table, Index index, Part part, Object before, Object after, Origin origin);
}
