package org.jkeepalived.agent.engine;

import org.jkeepalived.engine.EngineFactory.Subsystem;
import org.jkeepalived.engine.EngineHealth;

/**
 * One hosted engine as the host sees it.
 *
 * @param subsystem which engine
 * @param health what the engine says of itself, or the host's word when it is not running (FAILED
 *     with the reason, STARTING while a restart waits)
 * @param restarts how many times the host started it again after its loop failed, since the
 *     daemon started
 */
public record EngineReport(Subsystem subsystem, EngineHealth health, int restarts) {}
