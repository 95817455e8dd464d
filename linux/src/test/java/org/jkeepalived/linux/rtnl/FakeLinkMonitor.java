package org.jkeepalived.linux.rtnl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * In-memory {@link LinkMonitor}: tests set links and emit events; listeners are called
 * synchronously on the caller's thread, so no waiting is needed.
 */
public final class FakeLinkMonitor implements LinkMonitor {
  private final Map<Integer, LinkInfo> links = new TreeMap<>();
  private final List<RtnlListener> listeners = new CopyOnWriteArrayList<>();

  @Override
  public synchronized List<LinkInfo> links() {
    return new ArrayList<>(links.values());
  }

  @Override
  public AutoCloseable subscribe(RtnlListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Adds or replaces a link and notifies listeners (RTM_NEWLINK). */
  public void putLink(LinkInfo link) {
    synchronized (this) {
      links.put(link.index(), link);
    }
    emitLink(new LinkEvent(LinkEvent.Kind.CHANGED, link));
  }

  /** Sets or clears IFF_UP|IFF_RUNNING|IFF_LOWER_UP on a known link, as a carrier change would. */
  public void setRunning(int index, boolean running) {
    LinkInfo old;
    synchronized (this) {
      old = links.get(index);
    }
    if (old == null) {
      throw new IllegalArgumentException("no link " + index);
    }
    int bits = Rtnl.IFF_UP | Rtnl.IFF_RUNNING | Rtnl.IFF_LOWER_UP;
    int flags = running ? old.flags() | bits : old.flags() & ~bits;
    putLink(new LinkInfo(old.index(), old.name(), flags, old.mtu(), old.hardwareAddress(),
        running ? 6 : 2, old.kind()));
  }

  /** Removes a link and notifies listeners (RTM_DELLINK). */
  public void removeLink(int index) {
    LinkInfo old;
    synchronized (this) {
      old = links.remove(index);
    }
    if (old != null) {
      emitLink(new LinkEvent(LinkEvent.Kind.DELETED, old));
    }
  }

  public void emitLink(LinkEvent event) {
    listeners.forEach(l -> l.linkChanged(event));
  }

  public void emitAddress(AddressEvent event) {
    listeners.forEach(l -> l.addressChanged(event));
  }

  public void emitOverrun() {
    listeners.forEach(RtnlListener::overrun);
  }

  public int listenerCount() {
    return listeners.size();
  }

  @Override
  public void close() {
    listeners.clear();
  }
}
