package org.jkeepalived.test.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates keepalived.conf texts for the differential test against {@code keepalived -t}: valid
 * configurations drawn from the common keywords, and the same broken by one mutation (unknown
 * keyword, out-of-range value, bad address, missing brace, bad reference). Deterministic per seed.
 * Interfaces are eth0..eth3, which the test's namespace has.
 */
public final class ConfigGenerator {
  /** A generated configuration and how it was made (for the report). */
  public record Sample(String name, String text, String mutation) {}

  private final Random random;

  public ConfigGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** {@code count} samples; about a third valid, the rest mutated. */
  public List<Sample> generate(int count) {
    List<Sample> samples = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      List<String> lines = validConfig();
      String mutation = "none";
      if (i % 3 != 0) {
        mutation = mutate(lines);
      }
      samples.add(new Sample(String.format("gen-%04d.conf", i), String.join("\n", lines) + "\n", mutation));
    }
    return samples;
  }

  private List<String> validConfig() {
    List<String> l = new ArrayList<>();
    boolean scripts = random.nextInt(3) == 0;
    l.add("global_defs {");
    l.add("    router_id R" + random.nextInt(100));
    if (random.nextBoolean()) {
      l.add("    vrrp_garp_master_delay " + (1 + random.nextInt(10)));
    }
    if (random.nextBoolean()) {
      l.add("    vrrp_garp_master_repeat " + (1 + random.nextInt(5)));
    }
    if (scripts) {
      l.add("    enable_script_security");
      l.add("    script_user root");
    }
    if (random.nextInt(4) == 0) {
      l.add("    vrrp_version " + (2 + random.nextInt(2)));
    }
    l.add("}");
    if (scripts) {
      l.add("vrrp_script chk_a {");
      l.add("    script \"/bin/true\"");
      l.add("    interval " + (1 + random.nextInt(5)));
      l.add("    weight " + (random.nextInt(41) - 20));
      l.add("    fall " + (1 + random.nextInt(3)));
      l.add("    rise " + (1 + random.nextInt(3)));
      l.add("}");
    }
    int instances = 1 + random.nextInt(3);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      String name = "VI_" + (i + 1);
      names.add(name);
      vrrpInstance(l, name, i, scripts);
    }
    if (instances > 1 && random.nextBoolean()) {
      l.add("vrrp_sync_group VG_1 {");
      l.add("    group {");
      for (String n : names) {
        l.add("        " + n);
      }
      l.add("    }");
      l.add("}");
    }
    int servers = random.nextInt(3);
    for (int i = 0; i < servers; i++) {
      virtualServer(l, i);
    }
    return l;
  }

  private void vrrpInstance(List<String> l, String name, int i, boolean scripts) {
    boolean v6 = random.nextInt(5) == 0;
    l.add("vrrp_instance " + name + " {");
    l.add("    state " + (random.nextBoolean() ? "BACKUP" : "MASTER"));
    l.add("    interface eth" + random.nextInt(4));
    l.add("    virtual_router_id " + (1 + i + random.nextInt(200)));
    l.add("    priority " + (1 + random.nextInt(254)));
    l.add("    advert_int " + (1 + random.nextInt(3)));
    if (!v6 && random.nextBoolean()) {
      l.add("    authentication {");
      l.add("        auth_type PASS");
      l.add("        auth_pass pw" + random.nextInt(1000));
      l.add("    }");
    }
    if (random.nextInt(3) == 0) {
      l.add("    nopreempt");
    }
    l.add("    virtual_ipaddress {");
    int vips = 1 + random.nextInt(3);
    for (int v = 0; v < vips; v++) {
      if (v6) {
        l.add("        fd00:" + (i + 1) + "::" + (100 + v) + "/64");
      } else {
        l.add("        198.18." + (i + 1) + "." + (100 + v) + "/24");
      }
    }
    l.add("    }");
    if (scripts) {
      l.add("    track_script {");
      l.add("        chk_a");
      l.add("    }");
    }
    if (random.nextInt(3) == 0) {
      l.add("    track_interface {");
      l.add("        eth" + random.nextInt(4));
      l.add("    }");
    }
    l.add("}");
  }

  private void virtualServer(List<String> l, int i) {
    String[] algos = {"rr", "wrr", "lc", "wlc", "sh", "dh"};
    String[] kinds = {"NAT", "DR", "TUN"};
    l.add("virtual_server 198.18.50." + (1 + i) + " " + (80 + i) + " {");
    l.add("    delay_loop " + (3 + random.nextInt(10)));
    l.add("    lb_algo " + algos[random.nextInt(algos.length)]);
    l.add("    lb_kind " + kinds[random.nextInt(kinds.length)]);
    l.add("    protocol TCP");
    int reals = 1 + random.nextInt(3);
    for (int r = 0; r < reals; r++) {
      l.add("    real_server 198.18.60." + (10 + r) + " " + (8080 + i) + " {");
      l.add("        weight " + (1 + random.nextInt(10)));
      if (random.nextBoolean()) {
        l.add("        TCP_CHECK {");
        l.add("            connect_timeout " + (1 + random.nextInt(5)));
        l.add("        }");
      } else {
        l.add("        HTTP_GET {");
        l.add("            url {");
        l.add("                path /health");
        l.add("                status_code 200");
        l.add("            }");
        l.add("            connect_timeout " + (1 + random.nextInt(5)));
        l.add("        }");
      }
      l.add("    }");
    }
    l.add("}");
  }

  /** Breaks {@code lines} in one way and says how. */
  private String mutate(List<String> lines) {
    int kind = random.nextInt(6);
    int at = 1 + random.nextInt(lines.size() - 1);
    switch (kind) {
      case 0:
        lines.add(at, "    bogus_keyword_" + random.nextInt(100) + " 1");
        return "unknown keyword at line " + (at + 1);
      case 1:
        return replaceValue(lines, "priority", String.valueOf(255 + random.nextInt(1000)), "out-of-range priority");
      case 2:
        return replaceValue(lines, "virtual_router_id", String.valueOf(256 + random.nextInt(100)), "out-of-range virtual_router_id");
      case 3:
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).matches("\\s+198\\.18\\.\\d+\\.\\d+/24")) {
            lines.set(i, "        198.18.999." + random.nextInt(10) + "/24");
            return "bad address at line " + (i + 1);
          }
        }
        return replaceValue(lines, "advert_int", "-1", "negative advert_int");
      case 4:
        for (int i = lines.size() - 1; i > 0; i--) {
          if (lines.get(i).equals("}")) {
            lines.remove(i);
            return "missing closing brace (was line " + (i + 1) + ")";
          }
        }
        return "none";
      default:
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).startsWith("    state ")) {
            lines.add(i + 1, "    track_script {");
            lines.add(i + 2, "        no_such_script");
            lines.add(i + 3, "    }");
            return "reference to an undefined script at line " + (i + 3);
          }
        }
        return "none";
    }
  }

  private static String replaceValue(List<String> lines, String keyword, String value, String what) {
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      if (s.startsWith(keyword + " ")) {
        lines.set(i, "    " + keyword + " " + value);
        return what + " at line " + (i + 1);
      }
    }
    return "none";
  }
}
