package org.jkeepalived.mibs.config.lvs;

import java.time.Duration;

/**
 * The checker settings a virtual_server block gives its real servers' checkers (retry,
 * delay_before_retry, warmup, weight, connect_timeout), as written there: null when not given
 * (connect_timeout and weight have keepalived's defaults, 5 s and 1). The checkers get them
 * inherited through the config layer; these are what virtualServerTable reports.
 */
public record CheckerDefaults(
    Integer retry, Duration delayBeforeRetry, Duration warmup, long weight,
    Duration connectTimeout) {
  /** Nothing given in the block. */
  public static final CheckerDefaults NONE =
      new CheckerDefaults(null, null, null, 1, Duration.ofSeconds(5));
}
