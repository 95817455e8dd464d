package org.jkeepalived.conf.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jkeepalived.conf.kw.GarpBuilder;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.RootBuilder;
import org.jkeepalived.conf.kw.vrrp.GarpGroupBuilder;
import org.jkeepalived.conf.kw.vrrp.SyncGroupBuilder;
import org.jkeepalived.conf.kw.vrrp.VrrpInstanceBuilder;
import org.jkeepalived.mibs.config.GarpGroupConfig;
import org.jkeepalived.mibs.config.GarpTimers;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;

/**
 * keepalived's corrections after parsing (vrrp_complete_init and friends), in keepalived's order,
 * then the final build of the immutable configuration.
 */
public final class ConfigChecks {
  private ConfigChecks() {}

  public static KeepalivedConfig run(RootBuilder b, ParseContext ctx) {
    VrrpScriptSecurity.defaultUsers(b, ctx);
    TrackResolution.run(b.vrrp, ctx);
    SyncGroupChecks.run(b.vrrp, ctx);
    InstanceChecks.run(b.vrrp.instances, b.global, ctx);
    SyncGroupWeights.run(b.vrrp, ctx);
    VrrpScriptSecurity.run(b, ctx);
    // dynamic_interfaces: keepalived runs and waits for the interface to be created
    if (ctx.missingInterface() && !b.global.dynamicInterfaces) {
      ctx.diagnostics().error(null, "Non-existent interface specified in configuration");
    }
    // keepalived's BFD process checks its instances last.
    b.vrrp.bfds.values().removeIf(
        x -> {
          if (x.neighbor != null) {
            if (x.maxHops > x.sendHops()) { // keepalived's bfd_end_handler
              ctx.diagnostics().error(x.end, "BFD instance " + x.name
                  + ": max_hops exceeds ttl/hoplimit - setting to ttl/hoplimit");
              x.maxHops = x.sendHops();
            }
            return false;
          }
          ctx.diagnostics().error(x.end, "Configuration error: BFD instance " + x.name
              + " has no neighbor address set, disabling instance");
          return true;
        });
    return build(b, ctx);
  }

  private static KeepalivedConfig build(RootBuilder b, ParseContext ctx) {
    GarpTimers globalGarp = b.global.garp.build();
    List<VrrpInstanceConfig> instances = new ArrayList<>(b.vrrp.instances.size());
    for (VrrpInstanceBuilder i : b.vrrp.instances) {
      GarpTimers garp = globalGarp;
      if (!i.garpOverrides.isEmpty()) {
        GarpBuilder gb = new GarpBuilder();
        gb.from(globalGarp);
        // An instance that sets only the master value keeps the lower-priority one in step.
        gb.lowerPrioDelay = b.global.garp.lowerPrioDelay;
        gb.lowerPrioRepeat = b.global.garp.lowerPrioRepeat;
        i.garpOverrides.forEach(o -> o.accept(gb));
        garp = gb.build();
      }
      instances.add(i.build(garp));
    }
    List<VrrpSyncGroupConfig> groups = map(b.vrrp.syncGroups, SyncGroupBuilder::build);
    List<GarpGroupConfig> garpGroups = map(b.vrrp.garpGroups, GarpGroupBuilder::build);
    return new KeepalivedConfig(
        b.daemonOptions(),
        b.global.build(ctx.host().hostname()),
        values(b.vrrp.scripts, s -> s.build()),
        values(b.vrrp.trackFiles, f -> f.build()),
        values(b.vrrp.trackProcesses, p -> p.build()),
        values(b.vrrp.bfds, x -> x.build()),
        instances,
        groups,
        garpGroups,
        b.vrrp.statics.build(),
        b.lvs);
  }

  private static <A, R> List<R> map(List<A> in, Function<A, R> f) {
    List<R> out = new ArrayList<>(in.size());
    for (A a : in) {
      out.add(f.apply(a));
    }
    return out;
  }

  private static <A, R> Map<String, R> values(Map<String, A> in, Function<A, R> f) {
    Map<String, R> out = new LinkedHashMap<>();
    in.forEach((k, v) -> out.put(k, f.apply(v)));
    return out;
  }
}
