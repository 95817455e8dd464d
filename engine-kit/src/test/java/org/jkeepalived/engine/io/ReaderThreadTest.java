package org.jkeepalived.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReaderThreadTest {
  /** A blocking source over a queue; the wake-up makes every receive return null at once. */
  private static final class QueueSource implements ReaderThread.Source<String> {
    final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    final CountDownLatch blocked = new CountDownLatch(1);
    volatile boolean stopped;

    @Override
    public String receive(Duration timeout) throws IOException {
      if (stopped) {
        return null;
      }
      try {
        if (queue.isEmpty()) {
          blocked.countDown();
        }
        Object o = queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (o instanceof IOException e) {
          throw e;
        }
        return o == STOP ? null : (String) o;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }

    void stop() {
      stopped = true;
      queue.add(STOP);
    }
  }

  private static final Object STOP = new Object();

  @Test
  void handsEveryItemOnInOrderOnItsOwnNamedThread() throws Exception {
    QueueSource source = new QueueSource();
    List<String> got = new CopyOnWriteArrayList<>();
    List<String> threads = new CopyOnWriteArrayList<>();
    CountDownLatch three = new CountDownLatch(3);
    try (ReaderThread<String> r = ReaderThread.start("bfd-rx-test", source, source::stop, s -> {
      got.add(s);
      threads.add(Thread.currentThread().getName());
      three.countDown();
    })) {
      source.queue.addAll(List.of("a", "b", "c"));
      assertThat(three.await(5, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(got).containsExactly("a", "b", "c");
    assertThat(threads).containsOnly("bfd-rx-test");
  }

  @Test
  void closeWakesABlockedReceiveAndEndsTheThread() throws Exception {
    QueueSource source = new QueueSource();
    ReaderThread<String> r = ReaderThread.start("rx-idle", source, source::stop, s -> { });
    assertThat(source.blocked.await(5, TimeUnit.SECONDS)).isTrue();
    r.close(); // the 30 s slice would keep it otherwise
    assertThat(r.isAlive()).isFalse();
  }

  @Test
  void aFailingHandlerOrReceiveDoesNotStopTheReader() throws Exception {
    QueueSource source = new QueueSource();
    List<String> got = new CopyOnWriteArrayList<>();
    CountDownLatch last = new CountDownLatch(1);
    try (ReaderThread<String> r = ReaderThread.start("rx-faults", source, source::stop, s -> {
      if (s.equals("bad")) {
        throw new IllegalStateException("handler fails");
      }
      got.add(s);
      if (s.equals("last")) {
        last.countDown();
      }
    })) {
      source.queue.add("bad");
      source.queue.add(new IOException("socket error"));
      source.queue.add("last");
      assertThat(last.await(5, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(got).containsExactly("last");
  }

  @Test
  void theSetUpRunsOnTheReadersThreadBeforeItsFirstReceive() throws Exception {
    QueueSource source = new QueueSource();
    List<String> order = new CopyOnWriteArrayList<>();
    CountDownLatch got = new CountDownLatch(1);
    try (ReaderThread<String> r = ReaderThread.start("vrrp-rx-test",
        () -> order.add("setup on " + Thread.currentThread().getName()),
        timeout -> {
          order.add("receive");
          return source.receive(timeout);
        }, source::stop, s -> got.countDown())) {
      source.queue.add("a");
      assertThat(got.await(5, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(order).first().isEqualTo("setup on vrrp-rx-test");
    assertThat(order.subList(1, order.size())).containsOnly("receive");
  }
}
