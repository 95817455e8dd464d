package org.jkeepalived.lvs.check.run;

import java.time.Duration;

/** A {@link CheckRunner} as a {@link RunningCheck}: every call hops onto the runner's loop. */
public final class PolledCheck implements RunningCheck {
  private final EventLoopScheduler loop;
  private final CheckRunner runner;
  private final Duration startDelay;

  public PolledCheck(EventLoopScheduler loop, CheckRunner runner, Duration startDelay) {
    this.loop = loop;
    this.runner = runner;
    this.startDelay = startDelay;
  }

  @Override
  public void start() {
    loop.execute(() -> runner.start(startDelay));
  }

  @Override
  public void suspend(boolean suspended) {
    loop.execute(() -> runner.suspend(suspended));
  }

  @Override
  public void stop() {
    loop.execute(runner::stop);
  }
}
