package org.jkeepalived.mibs.config.lvs;

import java.time.Duration;

/**
 * A checker's schedule after keepalived's inheritance (checker, else real server, else virtual
 * server, else the checker type's default): first check after a random delay up to
 * {@code warmup}, then every {@code delayLoop}; a failure is retried {@code retry} times
 * {@code delayBeforeRetry} apart; {@code alpha} starts the server as failed.
 */
public record CheckerTiming(
    Duration delayLoop,
    Duration warmup,
    int retry,
    Duration delayBeforeRetry,
    boolean alpha,
    boolean logAllFailures) {}
