package org.jkeepalived.bfd.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import org.jkeepalived.mibs.config.BfdInstanceConfig;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Origin;
import org.junit.jupiter.api.Test;

/**
 * The daemon's engine runs its thread set-up (bfd_priority / bfd_rt_priority) on its own loop
 * and on each reader, the threads that must keep the intervals, and on no other thread.
 */
class BfdEngineThreadsTest {
  @Test
  void theLoopAndTheReaderRunTheThreadSetUp() throws Exception {
    InetAddress a = InetAddress.getByName("198.18.0.1");
    InetAddress b = InetAddress.getByName("198.18.0.2");
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (DefaultObjectStore store = new DefaultObjectStore()) {
      store.begin(Origin.CONFIG_LOAD).putConfig(Tables.BFD_SESS, Index.of(1),
          new BfdInstanceConfig("s1", b, a, Duration.ofMillis(50), Duration.ofMillis(50),
              Duration.ofSeconds(1), 3, false, 255, 64, 0, 0, false, true, true, false))
          .commit();
      BfdEngine e = new BfdEngine(store, new FakeUdpNet().node(a),
          RandomGenerator.of("L64X128MixRandom"), () -> threads.add(Thread.currentThread()
              .getName()));
      e.start(f -> { });
      try {
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (threads.size() < 2 && System.nanoTime() < end) {
          Thread.sleep(10); // the reader runs it at its first receive, on its own thread
        }
      } finally {
        e.close();
      }
    }
    assertThat(threads).containsExactlyInAnyOrder("bfd", "bfd-rx-v4-3784");
  }
}
