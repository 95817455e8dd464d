package org.jkeepalived.linux.watch;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Port: process starts, execs, renames and exits as they happen, so that process tracking need not
 * poll /proc. Real: {@link NetlinkProcessEventSource} (the proc connector); fake: {@code
 * FakeProcessEventSource}.
 */
public interface ProcessEventSource extends AutoCloseable {
  /**
   * Delivers events to {@code listener} until the handle is closed; runs on the source's thread.
   * {@code overrun} is called when the kernel dropped events (ENOBUFS) and /proc must be re-read.
   */
  AutoCloseable subscribe(Consumer<ProcEvent> listener, Runnable overrun) throws IOException;

  @Override
  void close();
}
