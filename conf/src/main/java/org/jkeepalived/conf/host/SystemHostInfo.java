package org.jkeepalived.conf.host;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real host, seen from the JVM's network namespace: interfaces from /sys/class/net (which
 * also lists interfaces that are down, which {@link NetworkInterface} may miss), addresses from
 * {@link NetworkInterface}. Answers are cached per instance: one check of a configuration sees
 * one consistent view, as keepalived's single interface scan does.
 */
public final class SystemHostInfo implements HostInfo {
  private static final Path SYS_NET = Path.of("/sys/class/net");
  private final Map<String, Boolean> exists = new HashMap<>();
  private final Map<String, List<InetAddress>> addresses = new HashMap<>();
  private String hostname;

  @Override
  public boolean interfaceExists(String name) {
    return exists.computeIfAbsent(name, SystemHostInfo::lookUp);
  }

  private static boolean lookUp(String name) {
    if (name.isEmpty() || name.indexOf('/') >= 0 || name.equals(".") || name.equals("..")) {
      return false;
    }
    if (Files.exists(SYS_NET.resolve(name))) {
      return true;
    }
    try {
      return NetworkInterface.getByName(name) != null;
    } catch (SocketException e) {
      return false;
    }
  }

  @Override
  public boolean isLoopback(String name) {
    try {
      NetworkInterface nif = NetworkInterface.getByName(name);
      return nif != null && nif.isLoopback();
    } catch (SocketException e) {
      return false;
    }
  }

  @Override
  public List<InetAddress> addresses(String name) {
    return addresses.computeIfAbsent(name, SystemHostInfo::readAddresses);
  }

  private static List<InetAddress> readAddresses(String name) {
    try {
      NetworkInterface nif = NetworkInterface.getByName(name);
      return nif == null ? List.of() : List.copyOf(Collections.list(nif.getInetAddresses()));
    } catch (SocketException e) {
      return List.of();
    }
  }

  private static final List<String> PATH =
      List.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin");

  @Override
  public boolean programExists(String program) {
    if (program.isEmpty()) {
      return false;
    }
    if (program.indexOf('/') >= 0) {
      Path p = Path.of(program);
      return Files.isRegularFile(p) && Files.isExecutable(p);
    }
    for (String dir : PATH) {
      Path p = Path.of(dir, program);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean directoryExists(String path) {
    return Files.isDirectory(Path.of(path));
  }

  @Override
  public String hostname() {
    if (hostname == null) {
      hostname = readHostname();
    }
    return hostname;
  }

  private static String readHostname() {
    try {
      String h = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
      if (!h.isEmpty()) {
        return h;
      }
    } catch (java.io.IOException e) {
      // fall through to the resolver's idea of our name
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
