package org.jkeepalived.linux.neigh;

import java.util.ArrayList;
import java.util.List;

/** In-memory {@link UnsolicitedNaSender} recording every advertisement it was asked to send. */
public final class FakeNaSender implements UnsolicitedNaSender {
  /** One recorded send. */
  public record Sent(int ifindex, NeighborAdvertisement advertisement) {}

  private final List<Sent> sent = new ArrayList<>();
  private boolean closed;

  @Override
  public synchronized void send(int ifindex, NeighborAdvertisement advertisement) {
    if (closed) {
      throw new IllegalStateException("closed");
    }
    sent.add(new Sent(ifindex, advertisement));
  }

  public synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }

  public synchronized void clear() {
    sent.clear();
  }

  @Override
  public synchronized void close() {
    closed = true;
  }
}
