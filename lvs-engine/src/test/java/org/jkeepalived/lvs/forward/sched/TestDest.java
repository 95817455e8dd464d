package org.jkeepalived.lvs.forward.sched;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A destination as a scheduler table test states it: host .N of 198.18.0.0/24, port 80. */
record TestDest(int host, int weight, long activeConns, long inactiveConns, boolean overloaded)
    implements Candidate {

  static TestDest of(int host, int weight) {
    return new TestDest(host, weight, 0, 0, false);
  }

  static TestDest of(int host, int weight, long active, long inactive) {
    return new TestDest(host, weight, active, inactive, false);
  }

  TestDest overloadedToo() {
    return new TestDest(host, weight, activeConns, inactiveConns, true);
  }

  @Override
  public InetAddress address() {
    try {
      return InetAddress.getByAddress(new byte[] {(byte) 198, 18, 0, (byte) host});
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public int port() {
    return 80;
  }

  @Override
  public String toString() {
    return "d" + host;
  }
}
