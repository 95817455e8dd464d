package org.jkeepalived.mibs.config;

import java.util.List;

/**
 * Scheduling settings of one keepalived process (vrrp, checker or bfd): name, nice priority,
 * mlockall, CPU affinity, realtime priority and RLIMIT_RTTIME; nulls mean not set.
 */
public record ProcessTuning(
    String processName,
    Integer priority,
    boolean noSwap,
    List<Integer> cpuAffinity,
    Integer realtimePriority,
    Long rlimitRttimeMicros) {
  public ProcessTuning {
    cpuAffinity = List.copyOf(cpuAffinity);
  }
}
