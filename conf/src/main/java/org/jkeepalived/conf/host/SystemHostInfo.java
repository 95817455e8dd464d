package org.jkeepalived.conf.host;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

/**
 * The real host, seen from the JVM's network namespace: interfaces from /sys/class/net (which
 * also lists interfaces that are down, which {@link NetworkInterface} may miss), addresses from
 * {@link NetworkInterface}. Nothing is cached: the daemon keeps one instance across reloads, and
 * each reload must see the interfaces as they are then (a lookup is one stat call).
 */
public final class SystemHostInfo implements HostInfo {
  private static final Path SYS_NET = Path.of("/sys/class/net");
  @Override
  public boolean interfaceExists(String name) {
    return lookUp(name);
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
    return readAddresses(name);
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
  public boolean userExists(String name) {
    try {
      for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
        if (line.startsWith(name + ":")) {
          return true;
        }
      }
    } catch (java.io.IOException e) {
      return false;
    }
    return false;
  }

  @Override
  public boolean directoryExists(String path) {
    return Files.isDirectory(Path.of(path));
  }

  @Override
  public String hostname() {
    return readHostname();
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
