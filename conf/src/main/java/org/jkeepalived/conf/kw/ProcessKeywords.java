package org.jkeepalived.conf.kw;

import java.util.function.Function;

/** The per-process scheduling keywords, installed once each for vrrp, checker and bfd. */
final class ProcessKeywords {
  private ProcessKeywords() {}

  static void install(
      KeywordTable.Builder<GlobalDefsBuilder> t,
      String proc,
      Function<GlobalDefsBuilder, GlobalDefsBuilder.ProcessBuilder> of) {
    t.string(proc + "_process_name", (b, v) -> of.apply(b).processName = v)
        .integer(proc + "_priority", -20, 19, (b, v) -> of.apply(b).priority = v)
        .set(proc + "_no_swap", b -> of.apply(b).noSwap = true)
        .on(
            proc + "_cpu_affinity",
            (n, b, c) -> {
              GlobalDefsBuilder.ProcessBuilder p = of.apply(b);
              p.cpuAffinity.clear();
              for (int i = 0; i < n.args().size(); i++) {
                Long cpu = Values.integer(n, i, 0, 4095, c);
                if (cpu != null) {
                  p.cpuAffinity.add(cpu.intValue());
                }
              }
            })
        .integer(proc + "_rt_priority", 1, 99, (b, v) -> of.apply(b).realtimePriority = v)
        .on(
            proc + "_rlimit_rttime",
            (n, b, c) -> {
              Long v = Values.integer(n, 0, 1, 0xffffffffL, c);
              if (v != null) {
                of.apply(b).rlimitRttimeMicros = v;
              }
            });
    // Older spelling kept by keepalived.
    t.on(proc + "_rlimit_rtime", (n, b, c) -> {
      Long v = Values.integer(n, 0, 1, 0xffffffffL, c);
      if (v != null) {
        of.apply(b).rlimitRttimeMicros = v;
      }
    });
  }
}
