package org.jkeepalived.test.vrrp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jkeepalived.test.rig.Netns;
import org.jkeepalived.test.rig.Proc;

/**
 * A tshark capture of the VRRP adverts (IP protocol 112) seen on a namespace's eth0, one line per
 * packet with its arrival time, source, VRID and priority. Killed on {@link #close()}.
 */
final class AdvertCapture implements AutoCloseable {
  /** One captured advert. */
  record Advert(Instant at, String source, int vrid, int priority) {}

  private static final Duration READY = Duration.ofSeconds(20);

  private final Process process;
  private final Path out;

  private AdvertCapture(Process process, Path out) {
    this.process = process;
    this.out = out;
  }

  /** Starts tshark on {@code ns}'s eth0, files in {@code dir}; waits until it captures. */
  static AdvertCapture start(Netns ns, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path out = dir.resolve("adverts.txt");
    Path err = dir.resolve("tshark.err");
    List<String> cmd = ns.execCommand("tshark", "-i", VrrpLab.IFACE, "-n", "-l", "-f",
        "ip proto 112", "-T", "fields", "-e", "frame.time_epoch", "-e", "ip.src", "-e",
        "vrrp.virt_rtr_id", "-e", "vrrp.prio");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    AdvertCapture c = new AdvertCapture(p, out);
    boolean ready = Waits.until(() -> read(err).contains("Capturing on") || !p.isAlive(), READY)
        .isPresent() && p.isAlive();
    if (!ready) {
      c.close();
      throw new IllegalStateException("tshark did not start: " + read(err));
    }
    return c;
  }

  /** The adverts captured so far, in arrival order. */
  List<Advert> adverts() {
    List<Advert> all = new ArrayList<>();
    for (String line : read(out).lines().toList()) {
      String[] f = line.split("\t");
      if (f.length < 4 || f[2].isEmpty()) {
        continue; // a line still being written
      }
      long nanos = new java.math.BigDecimal(f[0]).movePointRight(9).longValue();
      all.add(new Advert(Instant.ofEpochSecond(0, nanos), f[1], Integer.parseInt(f[2]),
          Integer.parseInt(f[3])));
    }
    return all;
  }

  /** The first advert from {@code source} for {@code vrid} at or after {@code from}. */
  Optional<Advert> first(String source, int vrid, Instant from) {
    return adverts().stream()
        .filter(a -> a.source().equals(source) && a.vrid() == vrid && !a.at().isBefore(from))
        .findFirst();
  }

  /** The last advert from {@code source} for {@code vrid} before {@code until}. */
  Optional<Advert> lastBefore(String source, int vrid, Instant until) {
    return adverts().stream()
        .filter(a -> a.source().equals(source) && a.vrid() == vrid && a.at().isBefore(until))
        .reduce((a, b) -> b);
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
