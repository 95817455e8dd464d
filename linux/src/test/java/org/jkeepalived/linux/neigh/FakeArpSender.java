package org.jkeepalived.linux.neigh;

import java.util.ArrayList;
import java.util.List;

/** In-memory {@link GratuitousArpSender} recording every frame it was asked to send. */
public final class FakeArpSender implements GratuitousArpSender {
  /** One recorded send. */
  public record Sent(int ifindex, ArpPacket packet) {}

  private final List<Sent> sent = new ArrayList<>();
  private boolean closed;

  @Override
  public synchronized void send(int ifindex, ArpPacket packet) {
    if (closed) {
      throw new IllegalStateException("closed");
    }
    sent.add(new Sent(ifindex, packet));
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
