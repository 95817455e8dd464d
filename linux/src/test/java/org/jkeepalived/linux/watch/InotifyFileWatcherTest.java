package org.jkeepalived.linux.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.linux.LinuxNative;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** inotify is per mount, not per network namespace: a temporary directory is enough. */
class InotifyFileWatcherTest {
  @TempDir Path dir;

  @Test
  void writeRenameAndDeleteAreSeen() throws Exception {
    Assumptions.assumeTrue(LinuxNative.isAvailable(), "jnr-ffi libc unavailable");
    BlockingQueue<FileEvent> q = new LinkedBlockingQueue<>();
    try (InotifyFileWatcher w = InotifyFileWatcher.open();
        AutoCloseable h = w.watch(dir, q::add)) {
      Files.writeString(dir.resolve("prio"), "12\n");
      assertThat(next(q)).isEqualTo(new FileEvent(dir.toRealPath(), "prio", FileEvent.Kind.WRITTEN));
      Files.writeString(dir.resolve("tmp"), "5\n");
      assertThat(next(q).name()).isEqualTo("tmp");
      Files.move(dir.resolve("tmp"), dir.resolve("prio"), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      assertThat(next(q)).isEqualTo(new FileEvent(dir.toRealPath(), "tmp", FileEvent.Kind.MOVED_OUT));
      assertThat(next(q)).isEqualTo(new FileEvent(dir.toRealPath(), "prio", FileEvent.Kind.MOVED_IN));
      Files.delete(dir.resolve("prio"));
      assertThat(next(q)).isEqualTo(new FileEvent(dir.toRealPath(), "prio", FileEvent.Kind.DELETED));
      h.close();
      Files.writeString(dir.resolve("after"), "1");
      assertThat(q.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }
  }

  private static FileEvent next(BlockingQueue<FileEvent> q) throws InterruptedException {
    FileEvent e = q.poll(5, TimeUnit.SECONDS);
    assertThat(e).as("event within 5 s").isNotNull();
    return e;
  }
}
