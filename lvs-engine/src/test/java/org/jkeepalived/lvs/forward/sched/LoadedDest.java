package org.jkeepalived.lvs.forward.sched;

import java.net.InetAddress;

/** A destination whose load a test changes between picks, as live connections would. */
final class LoadedDest implements Candidate {
  private final TestDest base;
  long active;

  LoadedDest(int host, int weight) {
    this.base = TestDest.of(host, weight);
  }

  @Override
  public InetAddress address() {
    return base.address();
  }

  @Override
  public int port() {
    return base.port();
  }

  @Override
  public int weight() {
    return base.weight();
  }

  @Override
  public long activeConns() {
    return active;
  }

  @Override
  public long inactiveConns() {
    return 0;
  }

  @Override
  public boolean overloaded() {
    return false;
  }

  @Override
  public String toString() {
    return base.toString();
  }
}
