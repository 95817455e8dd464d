package org.jkeepalived.agent.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When the host starts again an engine whose loop failed. keepalived's parent process respawns a
 * child that dies (unless {@code --dont-respawn}); jkeepalived runs its engines in one process and
 * restarts the engine instead. Unlike a plain respawn it is bounded, so that an engine failing at
 * every start does not spin: the first restart in a window is at once, each further one waits
 * twice as long as the one before, and once {@code maxRestarts} restarts happened within {@code
 * window} the engine is left failed.
 *
 * @param maxRestarts how many restarts a window allows (0: never restart)
 * @param window how far back restarts count
 * @param backOff the wait before the second restart in a window; doubled for each further one
 */
public record RestartPolicy(int maxRestarts, Duration window, Duration backOff) {
  /** At most 5 restarts a minute, waiting 0, 1, 2, 4 and 8 s. */
  public static final RestartPolicy DEFAULT =
      new RestartPolicy(5, Duration.ofMinutes(1), Duration.ofSeconds(1));
  /** keepalived's {@code -R, --dont-respawn}. */
  public static final RestartPolicy NEVER = new RestartPolicy(0, Duration.ofMinutes(1),
      Duration.ofSeconds(1));

  /**
   * @param restarts when the engine's earlier restarts were decided, oldest first
   * @return how long to wait before the next restart, or empty when the engine must stay failed
   */
  public Optional<Duration> nextDelay(List<Instant> restarts, Instant now) {
    Instant since = now.minus(window);
    long recent = restarts.stream().filter(t -> t.isAfter(since)).count();
    if (recent >= maxRestarts) {
      return Optional.empty();
    }
    if (recent == 0) {
      return Optional.of(Duration.ZERO);
    }
    // capped shift: 2^30 s is far past any window
    return Optional.of(backOff.multipliedBy(1L << Math.min(30, recent - 1)));
  }
}
