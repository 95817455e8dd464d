package org.jkeepalived.vrrp.track;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jkeepalived.linux.rtnl.LinkEvent;
import org.jkeepalived.linux.rtnl.LinkInfo;
import org.jkeepalived.linux.rtnl.LinkMonitor;
import org.jkeepalived.linux.rtnl.RtnlListener;
import org.jkeepalived.engine.loop.Scheduler;

/**
 * Tracks interfaces by name from link events: up means IFF_UP and IFF_RUNNING (keepalived's
 * IF_FLAGS_UP); a deleted or never-seen interface is down.
 */
public final class InterfaceTracker implements AutoCloseable {
  private final Set<String> names;
  private final Scheduler loop;
  private final TrackerSink sink;
  private final Map<String, Boolean> up = new HashMap<>();
  private AutoCloseable subscription;

  public InterfaceTracker(Set<String> names, Scheduler loop, TrackerSink sink) {
    this.names = Set.copyOf(names);
    this.loop = loop;
    this.sink = sink;
  }

  /** Subscribes, reads the current links and publishes each tracked interface; call on the loop. */
  public void start(LinkMonitor monitor) throws IOException {
    subscription = monitor.subscribe(new RtnlListener() {
      @Override
      public void linkChanged(LinkEvent event) {
        loop.execute(() -> onLink(event));
      }

      @Override
      public void overrun() {
        loop.execute(() -> resync(monitor));
      }
    });
    names.forEach(n -> set(n, false, true));
    resync(monitor);
  }

  private void resync(LinkMonitor monitor) {
    try {
      Map<String, Boolean> now = new HashMap<>();
      for (LinkInfo l : monitor.links()) {
        now.put(l.name(), l.isRunning());
      }
      names.forEach(n -> set(n, now.getOrDefault(n, false), false));
    } catch (IOException ignored) {
      // keep the current view; link events keep coming
    }
  }

  void onLink(LinkEvent e) {
    String n = e.link().name();
    if (names.contains(n)) {
      set(n, e.kind() == LinkEvent.Kind.CHANGED && e.link().isRunning(), false);
    }
  }

  private void set(String name, boolean isUp, boolean force) {
    Boolean prev = up.put(name, isUp);
    if (force || prev == null || prev != isUp) {
      sink.update(new TrackerKey(TrackerKind.INTERFACE, name), Observation.of(isUp));
    }
  }

  public boolean isUp(String name) {
    return up.getOrDefault(name, false);
  }

  @Override
  public void close() throws Exception {
    if (subscription != null) {
      subscription.close();
    }
  }
}
