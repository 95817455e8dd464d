package org.jkeepalived.test.vrrp;

import org.jkeepalived.mibs.config.IpText;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One node's keepalived.conf with a single VRRP instance VI_1, in the syntax both keepalived 2.2.7
 * and jkeepalived read ({@code man 5 keepalived.conf}). Build with {@link VrrpTemplate} or {@link
 * #builder()}; {@link #render()} gives the file text.
 *
 * @param routerId global_defs router_id
 * @param iface the instance's interface
 * @param initialMaster {@code state MASTER} (else BACKUP)
 * @param vrid virtual_router_id
 * @param priority 1..255
 * @param advertInt advert_int (v2: whole seconds; v3: centisecond steps)
 * @param version 2 or 3
 * @param vip the virtual address, {@code vipPrefix} its prefix length
 * @param unicastSrc unicast_src_ip; present iff unicast
 * @param unicastPeers unicast_peer entries (empty for multicast)
 * @param authPass PASS authentication (VRRPv2 only)
 * @param nopreempt {@code nopreempt}
 * @param extra text a scenario adds: inside global_defs, inside the instance, and after it
 */
public record VrrpConfig(
    String routerId,
    String iface,
    boolean initialMaster,
    int vrid,
    int priority,
    Duration advertInt,
    int version,
    InetAddress vip,
    int vipPrefix,
    Optional<InetAddress> unicastSrc,
    List<InetAddress> unicastPeers,
    Optional<String> authPass,
    boolean nopreempt,
    Extra extra) {

  /**
   * Configuration text a scenario adds to the template, each a block of whole lines: {@code
   * global} goes inside global_defs, {@code instance} inside VI_1 (track_script, use_vmac,
   * virtual_routes, ...), {@code top} after VI_1 (vrrp_sync_group, more instances), {@code
   * before} between global_defs and VI_1: the tracked objects VI_1 names (vrrp_script,
   * vrrp_track_file), since keepalived 2.2.7 resolves a reference while parsing the instance and
   * ignores one to a block defined later ("track script chk not found, ignoring...").
   */
  public record Extra(String global, String instance, String top, String before) {
    public static final Extra NONE = new Extra("", "", "", "");

    public Extra {
      global = lines(global);
      instance = lines(instance);
      top = lines(top);
      before = lines(before);
    }

    /** No text before VI_1. */
    public Extra(String global, String instance, String top) {
      this(global, instance, top, "");
    }

    private static String lines(String s) {
      return s == null || s.isEmpty() || s.endsWith("\n") ? (s == null ? "" : s) : s + "\n";
    }
  }

  /** The only instance name the scenarios use. */
  public static final String INSTANCE = "VI_1";

  public VrrpConfig {
    unicastPeers = List.copyOf(unicastPeers);
    if (priority < 1 || priority > 255) {
      throw new IllegalArgumentException("priority must be 1..255: " + priority);
    }
    if (authPass.isPresent() && version != 2) {
      throw new IllegalArgumentException("PASS authentication exists only in VRRPv2");
    }
    if (unicastSrc.isPresent() == unicastPeers.isEmpty()) {
      throw new IllegalArgumentException("unicast needs both unicast_src_ip and peers");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this config's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.routerId = routerId;
    b.iface = iface;
    b.initialMaster = initialMaster;
    b.vrid = vrid;
    b.priority = priority;
    b.advertInt = advertInt;
    b.version = version;
    b.vip = vip;
    b.vipPrefix = vipPrefix;
    b.unicastSrc = unicastSrc;
    b.unicastPeers = unicastPeers;
    b.authPass = authPass;
    b.nopreempt = nopreempt;
    b.extra = extra;
    return b;
  }

  /** advert_int as keepalived.conf writes it: seconds, e.g. {@code 1} or {@code 0.2}. */
  public static String seconds(Duration d) {
    return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
  }

  /** The keepalived.conf text. */
  public String render() {
    StringBuilder s = new StringBuilder();
    s.append("global_defs {\n");
    s.append("  router_id ").append(routerId).append('\n');
    s.append(extra.global());
    s.append("}\n\n");
    s.append(extra.before());
    s.append("vrrp_instance ").append(INSTANCE).append(" {\n");
    s.append("  state ").append(initialMaster ? "MASTER" : "BACKUP").append('\n');
    s.append("  interface ").append(iface).append('\n');
    s.append("  virtual_router_id ").append(vrid).append('\n');
    s.append("  priority ").append(priority).append('\n');
    s.append("  advert_int ").append(seconds(advertInt)).append('\n');
    s.append("  version ").append(version).append('\n');
    if (nopreempt) {
      s.append("  nopreempt\n");
    }
    unicastSrc.ifPresent(a -> s.append("  unicast_src_ip ").append(IpText.format(a)).append('\n'));
    if (!unicastPeers.isEmpty()) {
      s.append("  unicast_peer {\n");
      unicastPeers.forEach(p -> s.append("    ").append(IpText.format(p)).append('\n'));
      s.append("  }\n");
    }
    authPass.ifPresent(
        p ->
            s.append("  authentication {\n")
                .append("    auth_type PASS\n")
                .append("    auth_pass ")
                .append(p)
                .append("\n  }\n"));
    s.append("  virtual_ipaddress {\n");
    s.append("    ").append(IpText.format(vip)).append('/').append(vipPrefix);
    s.append(" dev ").append(iface).append('\n');
    s.append("  }\n");
    s.append(extra.instance());
    s.append("}\n");
    s.append(extra.top());
    return s.toString();
  }

  /** Mutable builder; defaults: eth0, BACKUP, VRID 51, priority 100, v2, advert 1 s. */
  public static final class Builder {
    private String routerId = "r1";
    private String iface = "eth0";
    private boolean initialMaster;
    private int vrid = 51;
    private int priority = 100;
    private Duration advertInt = Duration.ofSeconds(1);
    private int version = 2;
    private InetAddress vip;
    private int vipPrefix = 24;
    private Optional<InetAddress> unicastSrc = Optional.empty();
    private List<InetAddress> unicastPeers = List.of();
    private Optional<String> authPass = Optional.empty();
    private boolean nopreempt;
    private Extra extra = Extra.NONE;

    private Builder() {}

    public Builder routerId(String v) {
      routerId = v;
      return this;
    }

    public Builder iface(String v) {
      iface = v;
      return this;
    }

    public Builder initialMaster(boolean v) {
      initialMaster = v;
      return this;
    }

    public Builder vrid(int v) {
      vrid = v;
      return this;
    }

    public Builder priority(int v) {
      priority = v;
      return this;
    }

    public Builder advertInt(Duration v) {
      advertInt = v;
      return this;
    }

    public Builder version(int v) {
      version = v;
      return this;
    }

    public Builder vip(InetAddress address, int prefix) {
      vip = address;
      vipPrefix = prefix;
      return this;
    }

    /** Unicast from {@code src} to {@code peers}; an empty list means multicast. */
    public Builder unicast(InetAddress src, List<InetAddress> peers) {
      unicastSrc = peers.isEmpty() ? Optional.empty() : Optional.of(src);
      unicastPeers = peers;
      return this;
    }

    public Builder authPass(String v) {
      authPass = Optional.ofNullable(v);
      return this;
    }

    public Builder nopreempt(boolean v) {
      nopreempt = v;
      return this;
    }

    /** Lines added inside global_defs. */
    public Builder extraGlobal(String lines) {
      extra = new Extra(lines, extra.instance(), extra.top(), extra.before());
      return this;
    }

    /** Lines added inside the instance VI_1. */
    public Builder extraInstance(String lines) {
      extra = new Extra(extra.global(), lines, extra.top(), extra.before());
      return this;
    }

    /** Top-level blocks added after VI_1. */
    public Builder extraTop(String lines) {
      extra = new Extra(extra.global(), extra.instance(), lines, extra.before());
      return this;
    }

    /** Top-level blocks added before VI_1 (what VI_1 tracks: vrrp_script, vrrp_track_file). */
    public Builder extraBefore(String lines) {
      extra = new Extra(extra.global(), extra.instance(), extra.top(), lines);
      return this;
    }

    public VrrpConfig build() {
      if (vip == null) {
        throw new IllegalStateException("vip not set");
      }
      return new VrrpConfig(
          routerId, iface, initialMaster, vrid, priority, advertInt, version, vip, vipPrefix,
          unicastSrc, unicastPeers, authPass, nopreempt, extra);
    }
  }
}
