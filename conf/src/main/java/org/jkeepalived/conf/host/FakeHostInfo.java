package org.jkeepalived.conf.host;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A host described by the test: interfaces with their addresses, and a host name. */
public final class FakeHostInfo implements HostInfo {
  private final Map<String, List<InetAddress>> interfaces = new HashMap<>();
  private final Set<String> loopbacks = new HashSet<>();
  private String hostname = "fakehost";

  /** Adds (or replaces) an interface with the given addresses. */
  public FakeHostInfo withInterface(String name, InetAddress... addresses) {
    interfaces.put(name, List.of(addresses));
    return this;
  }

  public FakeHostInfo withLoopback(String name) {
    loopbacks.add(name);
    interfaces.putIfAbsent(name, List.of());
    return this;
  }

  public FakeHostInfo withHostname(String name) {
    hostname = name;
    return this;
  }

  /** The interfaces of the conformance rig: lo, eth0..eth3 and eth0.1 is missing on purpose. */
  public static FakeHostInfo conformanceRig() {
    return new FakeHostInfo()
        .withLoopback("lo")
        .withInterface("eth0")
        .withInterface("eth1")
        .withInterface("eth2")
        .withInterface("eth3");
  }

  @Override
  public boolean interfaceExists(String name) {
    return interfaces.containsKey(name);
  }

  @Override
  public boolean isLoopback(String name) {
    return loopbacks.contains(name);
  }

  @Override
  public List<InetAddress> addresses(String name) {
    return interfaces.getOrDefault(name, List.of());
  }

  @Override
  public String hostname() {
    return hostname;
  }
}
