package org.jkeepalived.test.vrrp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;

/**
 * tshark on a namespace's eth0 with a capture filter, writing chosen fields one packet per line.
 * Killed on {@link #close()}.
 */
final class TsharkCapture implements AutoCloseable {
  private static final Duration READY = Duration.ofSeconds(20);

  private final Process process;
  private final Path out;
  private final int fields;

  private TsharkCapture(Process process, Path out, int fields) {
    this.process = process;
    this.out = out;
    this.fields = fields;
  }

  /**
   * Starts tshark on {@code ns}'s eth0, output {@code dir/name.txt}; returns once it captures.
   *
   * @param filter a pcap capture filter
   * @param display a tshark display filter (protocols the pcap filter cannot see into, such as
   *     ICMPv6 behind a hop-by-hop header), or null
   * @param fields tshark field names, written tab-separated in this order
   */
  static TsharkCapture start(Netns ns, Path dir, String name, String filter, String display,
      String... fields) throws IOException {
    Files.createDirectories(dir);
    Path out = dir.resolve(name + ".txt");
    Path err = dir.resolve(name + ".err");
    List<String> args = new ArrayList<>(List.of("tshark", "-i", VrrpLab.IFACE, "-n", "-l", "-f",
        filter, "-T", "fields"));
    if (display != null) {
      args.add("-Y");
      args.add(display);
    }
    for (String f : fields) {
      args.add("-e");
      args.add(f);
    }
    Process p = new ProcessBuilder(ns.execCommand(args.toArray(String[]::new)))
        .redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    TsharkCapture c = new TsharkCapture(p, out, fields.length);
    boolean ready = Waits.until(() -> read(err).contains("Capturing on") || !p.isAlive(), READY)
        .isPresent() && p.isAlive();
    if (!ready) {
      c.close();
      throw new IllegalStateException("tshark did not start: " + read(err));
    }
    return c;
  }

  /** The packets captured so far, each as its fields; lines still being written are skipped. */
  List<String[]> packets() {
    List<String[]> all = new ArrayList<>();
    for (String line : read(out).lines().toList()) {
      String[] f = line.split("\t", -1);
      if (f.length == fields) {
        all.add(f);
      }
    }
    return all;
  }

  private static String read(Path p) {
    try {
      return Files.exists(p) ? Files.readString(p) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    Proc.kill(process.toHandle());
  }
}
