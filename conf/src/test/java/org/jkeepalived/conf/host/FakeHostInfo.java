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
  private final Set<String> programs = new HashSet<>();
  private final Set<String> directories = new HashSet<>();
  private final Set<String> users = new HashSet<>(Set.of("root"));
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

  /** Adds an executable program (a path, or a bare name found on PATH); its directory exists. */
  public FakeHostInfo withProgram(String program) {
    programs.add(program);
    int slash = program.lastIndexOf('/');
    if (slash > 0) {
      directories.add(program.substring(0, slash));
    }
    return this;
  }

  public FakeHostInfo withUser(String name) {
    users.add(name);
    return this;
  }

  public FakeHostInfo withDirectory(String path) {
    directories.add(path);
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

  @Override
  public boolean programExists(String program) {
    return programs.contains(program);
  }

  @Override
  public boolean userExists(String name) {
    return users.contains(name);
  }

  @Override
  public boolean directoryExists(String path) {
    return directories.contains(path);
  }
}
