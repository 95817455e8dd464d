package org.jkeepalived.linux;

import org.jkeepalived.testkit.Proc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.linux.netns.NetNamespace;
import org.junit.jupiter.api.Assumptions;

/**
 * Two namespaces joined by a veth pair, for root integration tests: {@code <a>} holds {@code
 * <a>v} with 198.18.N.1/24 and fd00:N::1/64, {@code <b>} holds {@code <b>v} with .2 / ::2. DAD is
 * off so IPv6 addresses are usable at once. {@link #close()} deletes both namespaces (and with
 * them the veth pair).
 */
public final class NetnsLab implements AutoCloseable {
  public final String nsA;
  public final String nsB;
  public final String ifA;
  public final String ifB;
  public final int subnet;

  private NetnsLab(String nsA, String nsB, int subnet) {
    this.nsA = nsA;
    this.nsB = nsB;
    this.ifA = nsA + "v";
    this.ifB = nsB + "v";
    this.subnet = subnet;
  }

  /** Skips the calling test unless root with the native layer available. */
  public static void assumeRootAndNative() {
    Assumptions.assumeTrue(LinuxNative.isAvailable(),
        () -> "jnr-ffi libc unavailable: " + LinuxNative.unavailabilityCause());
    Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
        "needs root to create network namespaces and raw sockets");
  }

  /** Creates the lab; on failure cleans up what it made. */
  public static NetnsLab create(String nsA, String nsB, int subnet) throws IOException {
    NetnsLab lab = new NetnsLab(nsA, nsB, subnet);
    lab.deleteQuietly();
    try {
      for (String ns : List.of(nsA, nsB)) {
        sh("ip", "netns", "add", ns);
        sh("ip", "netns", "exec", ns, "sysctl", "-qw", "net.ipv6.conf.all.accept_dad=0",
            "net.ipv6.conf.default.accept_dad=0");
        sh("ip", "-n", ns, "link", "set", "lo", "up");
      }
      sh("ip", "link", "add", lab.ifA, "netns", nsA, "type", "veth", "peer", "name", lab.ifB,
          "netns", nsB);
      lab.configure(nsA, lab.ifA, 1);
      lab.configure(nsB, lab.ifB, 2);
      lab.awaitReady(nsA, lab.ifA);
      lab.awaitReady(nsB, lab.ifB);
      return lab;
    } catch (IOException | RuntimeException e) {
      lab.deleteQuietly();
      throw e;
    }
  }

  private void configure(String ns, String ifname, int host) throws IOException {
    sh("ip", "-n", ns, "addr", "add", v4(host) + "/24", "dev", ifname);
    sh("ip", "-n", ns, "addr", "add", v6(host) + "/64", "dev", ifname, "nodad");
    sh("ip", "-n", ns, "link", "set", ifname, "up");
  }

  /**
   * Waits (5 s at most) until the link has carrier and a usable IPv6 link-local address: before
   * that, IPv6 multicast sent on it is silently lost.
   */
  private void awaitReady(String ns, String ifname) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      String link = sh("ip", "-n", ns, "link", "show", "dev", ifname);
      String addrs = sh("ip", "-n", ns, "-6", "addr", "show", "dev", ifname, "scope", "link");
      if (link.contains("state UP") && addrs.contains("fe80::") && !addrs.contains("tentative")) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
    throw new IOException(ifname + " in " + ns + " not ready after 5 s");
  }

  public String v4(int host) {
    return "198.18." + subnet + "." + host;
  }

  public String v6(int host) {
    return "fd00:" + subnet + "::" + host;
  }

  public NetNamespace a() {
    return NetNamespace.named(nsA);
  }

  public NetNamespace b() {
    return NetNamespace.named(nsB);
  }

  /** Runs a command (10 s limit) and returns its stdout; throws on a non-zero exit. */
  public static String sh(String... cmd) throws IOException {
    Proc.requirePrograms(cmd);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    Process p = pb.start();
    try {
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("timed out: " + String.join(" ", cmd));
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: " + String.join(" ", cmd), e);
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.exitValue() != 0) {
      throw new IOException(String.join(" ", cmd) + " exited " + p.exitValue() + ": " + out);
    }
    return out;
  }

  private void deleteQuietly() {
    List<String> errors = new ArrayList<>();
    for (String ns : List.of(nsA, nsB)) {
      try {
        if (sh("ip", "netns", "list").lines().anyMatch(l -> l.split(" ")[0].equals(ns))) {
          sh("ip", "netns", "del", ns);
        }
      } catch (IOException e) {
        errors.add(e.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      System.err.println("netns cleanup problems: " + errors);
    }
  }

  @Override
  public void close() {
    deleteQuietly();
  }
}
