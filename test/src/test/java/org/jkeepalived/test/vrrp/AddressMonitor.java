package org.jkeepalived.test.vrrp;

import org.jkeepalived.mibs.config.IpText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.testkit.Proc;

/**
 * {@code ip monitor address} in a node's namespace: every address the kernel adds to or deletes
 * from it, however briefly, which sampling may miss. Killed on {@link #close()}.
 */
final class AddressMonitor implements AutoCloseable {
  /** One address event: added (else deleted) and the line iproute2 printed. */
  record Change(boolean added, String line) {}

  private final Process process;
  private final Path out;

  private AddressMonitor(Process process, Path out) {
    this.process = process;
    this.out = out;
  }

  /** Starts monitoring {@code node}'s addresses, output in {@code file}. */
  static AddressMonitor start(LabNode node, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Process p = new ProcessBuilder(node.netns().execCommand("ip", "-o", "monitor", "address"))
        .redirectErrorStream(true).redirectOutput(file.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    // ip monitor prints nothing when it is ready: give it a moment to bind its netlink socket
    Waits.sleep(Duration.ofMillis(300));
    if (!p.isAlive()) {
      throw new IllegalStateException("ip monitor exited: " + Files.readString(file));
    }
    return new AddressMonitor(p, file);
  }

  /** The changes of {@code address} seen so far. */
  List<Change> changes(InetAddress address) {
    String needle = " " + IpText.format(address) + "/";
    try {
      return Files.readString(out).lines().filter(l -> l.contains(needle))
          .map(l -> new Change(!l.startsWith("Deleted"), l)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    Proc.kill(process.toHandle());
  }
}
