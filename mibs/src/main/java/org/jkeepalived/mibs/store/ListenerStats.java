package org.jkeepalived.mibs.store;

import java.time.Duration;

/**
 * What the store observed of one subscribed listener, for logs, metrics and tests.
 *
 * @param listenerName the name given at subscription
 * @param domain the domain it listens to
 * @param delivered batches handed to it that returned (normally or by throwing)
 * @param failed batches whose delivery threw
 * @param slow batches whose delivery took longer than the store's slow-listener threshold
 * @param pending batches queued for it and not yet delivered
 * @param longest the longest delivery so far
 */
public record ListenerStats(
    String listenerName,
    Domain domain,
    long delivered,
    long failed,
    long slow,
    int pending,
    Duration longest) {}
