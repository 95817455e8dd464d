package org.jkeepalived.vrrp.vmac;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jkeepalived.linux.sysctl.Sysctl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * keepalived's rp_filter handling for IPv4 VMACs (keepalived.conf(5), use_vmac): the kernel uses
 * the greater of {@code all.rp_filter} and an interface's own, so with {@code all} set the VMAC
 * (rp_filter 0) would still drop the peers' adverts, whose source is routed via the base. When
 * {@code all.rp_filter} is set, every interface (and {@code default}) is raised to at least that
 * value, so each keeps its effective setting, and {@code all} is set to 0. {@link #restore()}
 * puts the original values back (keepalived does so on termination). Loop only.
 */
public final class RpFilterRelaxer {
  private static final Logger LOG = LoggerFactory.getLogger(RpFilterRelaxer.class);
  private static final String CONF = "net/ipv4/conf";
  private static final String ALL = Sysctl.ipv4Conf("all", "rp_filter");

  private final Sysctl sysctl;
  private final Map<String, String> saved = new LinkedHashMap<>();
  private boolean applied;

  public RpFilterRelaxer(Sysctl sysctl) {
    this.sysctl = sysctl;
  }

  /** Applies once; later calls do nothing until {@link #restore()}. */
  public void apply() {
    if (applied) {
      return;
    }
    applied = true;
    try {
      int all = intValue(sysctl.read(ALL).orElse("0"));
      if (all <= 0) {
        return;
      }
      for (String ifname : sysctl.children(CONF)) {
        String path = Sysctl.ipv4Conf(ifname, "rp_filter");
        String now = sysctl.read(path).orElse(null);
        if (!"all".equals(ifname) && now != null && intValue(now) < all) {
          set(path, now, Integer.toString(all));
        }
      }
      set(ALL, Integer.toString(all), "0");
      LOG.info("all.rp_filter was {}: set to 0, interfaces raised to keep their filtering", all);
    } catch (IOException e) {
      LOG.warn("cannot adjust rp_filter for VMACs: {}", e.getMessage());
    }
  }

  /** Puts back every value {@link #apply()} changed, {@code all} first. */
  public void restore() {
    java.util.List<Map.Entry<String, String>> changes = new java.util.ArrayList<>(saved.entrySet());
    java.util.Collections.reverse(changes);
    for (Map.Entry<String, String> e : changes) {
      try {
        sysctl.write(e.getKey(), e.getValue());
      } catch (IOException ex) {
        LOG.debug("cannot restore {} (interface gone?): {}", e.getKey(), ex.getMessage());
      }
    }
    saved.clear();
    applied = false;
  }

  private void set(String path, String old, String value) throws IOException {
    sysctl.write(path, value);
    saved.putIfAbsent(path, old);
  }

  private static int intValue(String s) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
