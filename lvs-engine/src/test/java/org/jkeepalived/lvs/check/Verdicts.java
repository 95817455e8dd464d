package org.jkeepalived.lvs.check;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A listener that queues what it hears, for tests to wait on (bounded in time). */
public final class Verdicts implements CheckListener {
  /** One report. */
  public record Heard(CheckId id, CheckVerdict verdict) {}

  private final LinkedBlockingQueue<Heard> queue = new LinkedBlockingQueue<>();

  @Override
  public void verdict(CheckId id, CheckVerdict verdict) {
    queue.add(new Heard(id, verdict));
  }

  /** The next report within {@code timeout}, or null. */
  public Heard next(Duration timeout) throws InterruptedException {
    return queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  public boolean isEmpty() {
    return queue.isEmpty();
  }
}
