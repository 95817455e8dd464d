package org.jkeepalived.linux;

import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;
import org.jkeepalived.testkit.Subnet;
import org.jkeepalived.testkit.Subnets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.linux.netns.NetNamespace;
import org.junit.jupiter.api.Assumptions;

/**
 * Two namespaces joined by a veth pair, for root integration tests, made with testkit's rig so
 * that their names and addresses are this lab's alone: {@link #nsA} holds {@link #ifA} with host
 * .1 / ::1 of an allocated {@link Subnet} (a /24 and a /64), {@link #nsB} holds {@link #ifB} with
 * .2 / ::2. DAD is off so IPv6 addresses are usable at once. {@link #close()} deletes both
 * namespaces (and with them the veth pair) and gives the subnet back.
 */
public final class NetnsLab implements AutoCloseable {
  public final String nsA;
  public final String nsB;
  public final String ifA = "labva";
  public final String ifB = "labvb";
  public final Subnet subnet;
  private final List<AutoCloseable> owned = new ArrayList<>();

  private NetnsLab(Netns a, Netns b, Subnet subnet) {
    this.nsA = a.name();
    this.nsB = b.name();
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
  public static NetnsLab create() throws IOException {
    Subnet subnet = Subnets.allocate();
    List<AutoCloseable> made = new ArrayList<>(List.of(subnet));
    try {
      Netns a = Netns.create("lna");
      made.add(a);
      Netns b = Netns.create("lnb");
      made.add(b);
      NetnsLab lab = new NetnsLab(a, b, subnet);
      lab.owned.addAll(made);
      for (Netns ns : List.of(a, b)) {
        ns.noDad();
      }
      a.veth(lab.ifA, b, lab.ifB);
      lab.configure(lab.nsA, lab.ifA, 1);
      lab.configure(lab.nsB, lab.ifB, 2);
      lab.awaitReady(lab.nsA, lab.ifA);
      lab.awaitReady(lab.nsB, lab.ifB);
      return lab;
    } catch (IOException | RuntimeException e) {
      closeAll(made);
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
    return subnet.v4(host);
  }

  public String v6(int host) {
    return subnet.v6(host);
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

  private static void closeAll(List<AutoCloseable> things) {
    List<String> errors = new ArrayList<>();
    for (int i = things.size() - 1; i >= 0; i--) {
      try {
        things.get(i).close();
      } catch (Exception e) {
        errors.add(e.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      System.err.println("netns cleanup problems: " + errors);
    }
  }

  @Override
  public void close() {
    closeAll(owned);
  }
}
