package org.jkeepalived.test.vrrp;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jkeepalived.testkit.Netns;

/**
 * A tshark capture of the VRRP adverts (IP protocol 112) seen on a namespace's eth0, one line per
 * packet with its arrival time, source, VRID and priority. Killed on {@link #close()}.
 */
final class AdvertCapture implements AutoCloseable {
  /** One captured advert. */
  record Advert(Instant at, String source, int vrid, int priority) {}

  private final TsharkCapture tshark;

  private AdvertCapture(TsharkCapture tshark) {
    this.tshark = tshark;
  }

  /** Starts tshark on {@code ns}'s eth0, files in {@code dir}; waits until it captures. */
  static AdvertCapture start(Netns ns, Path dir) throws IOException {
    return new AdvertCapture(TsharkCapture.start(ns, dir, "adverts", "ip proto 112", null,
        "frame.time_epoch", "ip.src", "vrrp.virt_rtr_id", "vrrp.prio"));
  }

  /** The adverts captured so far, in arrival order. */
  List<Advert> adverts() {
    List<Advert> all = new ArrayList<>();
    for (String[] f : tshark.packets()) {
      if (f[2].isEmpty()) {
        continue;
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

  @Override
  public void close() {
    tshark.close();
  }
}
