package org.jkeepalived.lvs.service;

import org.jkeepalived.lvs.check.CheckListener;
import org.jkeepalived.lvs.check.HealthChecks;

/** Makes the engine's health checkers, reporting to {@code listener} (any thread). */
@FunctionalInterface
public interface HealthChecksFactory {
  HealthChecks create(CheckListener listener);
}
