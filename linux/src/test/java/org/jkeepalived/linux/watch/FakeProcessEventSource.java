package org.jkeepalived.linux.watch;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** In-memory {@link ProcessEventSource}: tests emit events by hand, on the calling thread. */
public final class FakeProcessEventSource implements ProcessEventSource {
  private record Sub(Consumer<ProcEvent> listener, Runnable overrun) {}

  private final List<Sub> subs = new CopyOnWriteArrayList<>();

  @Override
  public AutoCloseable subscribe(Consumer<ProcEvent> listener, Runnable overrun) {
    Sub s = new Sub(listener, overrun);
    subs.add(s);
    return () -> subs.remove(s);
  }

  public void emit(ProcEvent event) {
    subs.forEach(s -> s.listener().accept(event));
  }

  public void overrun() {
    subs.forEach(s -> s.overrun().run());
  }

  @Override
  public void close() {
    subs.clear();
  }
}
