package org.jkeepalived.linux.ffi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * poll(2) on eventfds, the way the netlink and inotify readers use it: with no timeout a reader
 * sleeps until a descriptor is readable, and the eventfd that close() signals still wakes it.
 */
class PollTest {
  @Test
  void aWaitWithoutTimeoutEndsWhenTheWakeDescriptorIsSignalled() throws Exception {
    try (EventFd data = EventFd.open(); EventFd wake = EventFd.open()) {
      int[] fds = {data.fd(), wake.fd()};
      CompletableFuture<boolean[]> waiting = CompletableFuture.supplyAsync(() -> {
        try {
          return Poll.readable(fds);
        } catch (ErrnoException e) {
          throw new IllegalStateException(e);
        }
      });
      Thread.sleep(100); // bounded: the waiter must still be asleep, nothing is readable
      assertThat(waiting).isNotDone();
      wake.signal();
      assertThat(waiting.get(10, TimeUnit.SECONDS)).containsExactly(false, true);
    }
  }

  @Test
  void aReadableDescriptorIsReportedAtOnceWithOrWithoutTimeout() throws Exception {
    try (EventFd data = EventFd.open(); EventFd wake = EventFd.open()) {
      int[] fds = {data.fd(), wake.fd()};
      assertThat(Poll.readable(fds, Duration.ZERO)).containsExactly(false, false);
      data.signal();
      assertThat(Poll.readable(fds)).containsExactly(true, false);
      assertThat(Poll.readable(fds, Duration.ofSeconds(1))).containsExactly(true, false);
    }
  }
}
