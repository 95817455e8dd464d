package org.jkeepalived.conf.kw.vrrp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.conf.kw.Addresses;
import org.jkeepalived.conf.kw.KeywordTable;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.Values;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.BfdAuthConfig;
import org.jkeepalived.mibs.config.StaticConfig;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VirtualRoute;
import org.jkeepalived.mibs.config.VirtualRule;

/**
 * The global network blocks: static_ipaddress, static_routes, static_rules, track_group,
 * linkbeat_interfaces, interface_up_down_delays, garp_group and bfd_instance.
 */
public final class StaticTables {
  private StaticTables() {}

  public static void staticAddresses(ConfNode n, StaticBuilder b, ParseContext c) {
    for (ConfNode line : n.children()) {
      VirtualAddress a = AddressGrammar.parse(line, c);
      if (a != null) {
        b.addresses.add(a);
      }
    }
  }

  public static void staticRoutes(ConfNode n, StaticBuilder b, ParseContext c) {
    for (ConfNode line : n.children()) {
      VirtualRoute r = RouteTracking.parse(line, c);
      if (r != null) {
        b.routes.add(r);
      }
    }
  }

  public static void staticRules(
      ConfNode n, StaticBuilder b, ParseContext c, RuleGrammar.PreferenceCounter prefs) {
    for (ConfNode line : n.children()) {
      VirtualRule r = RuleGrammar.parse(line, c, prefs);
      if (r != null) {
        b.rules.add(r);
      }
    }
  }

  /** {@code track_group NAME { group { VI_1 VI_2 } }}. */
  public static void trackGroup(ConfNode n, StaticBuilder b, ParseContext c) {
    List<String> members = new ArrayList<>();
    for (ConfNode line : n.children()) {
      if (line.keyword().equals("group")) {
        for (ConfNode m : line.children()) {
          members.add(m.keyword());
          members.addAll(m.args());
        }
      } else {
        c.unknownKeyword(line);
      }
    }
    b.trackGroups.put(n.arg(0), members);
  }

  /** {@code IFNAME [MII|ETHTOOL|IOCTL]} lines. */
  public static void linkbeat(ConfNode n, StaticBuilder b, ParseContext c) {
    for (ConfNode line : n.children()) {
      String type = line.arg(0) == null ? "MII" : line.arg(0);
      if (!type.equals("MII") && !type.equals("ETHTOOL") && !type.equals("IOCTL")) {
        c.error(line, "Unknown linkbeat type " + type + " for " + line.keyword());
        type = "MII";
      }
      b.linkbeat.put(line.keyword(), type);
    }
  }

  /** {@code IFNAME DOWN [UP]} lines, seconds up to 255 with microsecond resolution. */
  public static void upDownDelays(ConfNode n, StaticBuilder b, ParseContext c) {
    for (ConfNode line : n.children()) {
      Duration down = Values.seconds(line, 0, 0, 255, c);
      if (down == null) {
        continue;
      }
      Duration up = line.arg(1) == null ? down : Values.seconds(line, 1, 0, 255, c);
      if (up != null) {
        b.delays.put(line.keyword(), new StaticConfig.UpDownDelay(down, up));
      }
    }
  }

  public static KeywordTable<GarpGroupBuilder> garpGroup() {
    return KeywordTable.<GarpGroupBuilder>builder("garp_group")
        .seconds("garp_interval", 0, 4294.967295, (b, v) -> b.garpInterval = v)
        .seconds("gna_interval", 0, 4294.967295, (b, v) -> b.gnaInterval = v)
        .string("interface", (b, v) -> b.interfaces.add(v))
        .wordList("interfaces", b -> b.interfaces)
        .build();
  }

  public static KeywordTable<BfdBuilder> bfd() {
    return KeywordTable.<BfdBuilder>builder("bfd_instance")
        .on(List.of("neighbor_ip", "neighbour_ip"), (n, b, c) -> {
          b.neighbor = Addresses.literal(n.arg(0));
          if (b.neighbor == null) {
            c.error(n, "Configuration error: BFD instance " + b.name
                + " has malformed neighbor address " + Values.argOrEmpty(n, 0) + ", ignoring");
          }
        })
        .on("source_ip", (n, b, c) -> {
          b.source = Addresses.literal(n.arg(0));
          if (b.source == null) {
            c.error(n, "Configuration error: BFD instance " + b.name
                + " has malformed source address " + Values.argOrEmpty(n, 0) + ", ignoring");
          }
        })
        .on("min_rx", (n, b, c) -> setMs(n, c, b, 1, d -> b.minRx = d))
        .on("min_tx", (n, b, c) -> setMs(n, c, b, 1, d -> b.minTx = d))
        .on("idle_tx", (n, b, c) -> setMs(n, c, b, 1000, d -> b.idleTx = d))
        .integer("multiplier", 1, 255, (b, v) -> b.multiplier = v)
        .set("passive", b -> b.passive = true)
        // keepalived's ttl and hoplimit are one setting (bfd_ttl_handler): the last one given
        // is the TTL or Hop Limit of the session's family, unset 255 for IPv4 and 64 for IPv6
        .integer("ttl", 1, 255, (b, v) -> b.hops(v))
        .integer("hoplimit", 1, 255, (b, v) -> b.hops(v))
        // -1 is keepalived's "no TTL check": 255 in its uint8_t, which no TTL can fail
        .integer("max_hops", -1, 255, (b, v) -> b.maxHops = v < 0 ? 255 : v)
        .set("multihop", b -> b.multihop = true)
        .on("authentication", StaticTables::bfdAuthentication)
        .on("weight", (n, b, c) -> {
          Long w = Values.integer(n, 0, -253, 253, c);
          if (w != null) {
            b.weight = w.intValue();
          }
          b.reverse = "reverse".equals(n.arg(1));
        })
        .set("vrrp", b -> b.toVrrp = true)
        .set("checker", b -> b.toChecker = true)
        .build();
  }

  /**
   * jkeepalived's extension (keepalived has no BFD authentication): {@code authentication TYPE
   * KEY_ID KEY}, TYPE one of simple_password, keyed_md5, meticulous_keyed_md5, keyed_sha1,
   * meticulous_keyed_sha1 (RFC 5880 section 6.7), KEY_ID 0-255, KEY 1-16 characters (20 for
   * SHA1). Reported by {@code -t} as an extension, not as an error.
   */
  private static void bfdAuthentication(ConfNode n, BfdBuilder b, ParseContext c) {
    String type = Values.argOrEmpty(n, 0);
    BfdAuthConfig.Type t = BfdAuthConfig.Type.ofKeyword(type);
    if (t == null) {
      c.error(n, "BFD instance " + b.name + " authentication type '" + type + "' is invalid"
          + " (simple_password, keyed_md5, meticulous_keyed_md5, keyed_sha1,"
          + " meticulous_keyed_sha1)");
      return;
    }
    Long id = Values.integer(n, 1, 0, 255, c);
    byte[] key = Values.argOrEmpty(n, 2).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (id == null) {
      return;
    }
    if (key.length < 1 || key.length > t.maxKey()) {
      c.error(n, "BFD instance " + b.name + " authentication key must be 1 to " + t.maxKey()
          + " bytes");
      return;
    }
    b.auth = new BfdAuthConfig(t, id.intValue(), key);
    c.extension(n, "BFD instance " + b.name + " uses authentication " + t.keyword()
        + " (jkeepalived extension, RFC 5880 section 6.7)");
  }

  /** keepalived's bfd.h: BFD_MINRX_MAX, BFD_MINTX_MAX and BFD_IDLETX_MAX, in ms. */
  private static final long BFD_INTERVAL_MAX_MS = 4_294_967_295L / 1000;

  /**
   * A decimal number of milliseconds (microsecond resolution) in keepalived's range for the
   * keyword: min_rx and min_tx from 1 ms, idle_tx from 1000 ms (bfd.h BFD_IDLETX_MIN), all at
   * most 4294967 ms; outside it keepalived's error, and the default stays.
   */
  private static void setMs(ConfNode n, ParseContext c, BfdBuilder b, long minMs,
      java.util.function.Consumer<Duration> set) {
    // parseMicros reads the number as seconds: its microseconds are the nanoseconds of the ms
    long nanos = Values.parseMicros(Values.argOrEmpty(n, 0));
    if (nanos < minMs * 1_000_000 || nanos > BFD_INTERVAL_MAX_MS * 1_000_000) {
      c.error(n, "Configuration error: BFD instance " + b.name + " " + n.keyword() + " value "
          + Values.argOrEmpty(n, 0) + " is not valid (must be in range [" + minMs + "-"
          + BFD_INTERVAL_MAX_MS + "]), ignoring");
      return;
    }
    set.accept(Duration.ofNanos(nanos));
  }
}
