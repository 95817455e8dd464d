package org.jkeepalived.agent.control;

import java.util.List;

/**
 * What {@code jkeepalived status} shows: the daemon's view of its instances, sync groups, virtual
 * and real servers, BFD sessions and engines, in the MIB's words, as one JSON document (the
 * control socket's answer and the {@code --json} output).
 */
public record NodeStatus(String version, long pid, String routerId, List<Instance> instances,
    List<SyncGroup> syncGroups, List<VirtualServer> virtualServers, List<BfdSession> bfdSessions,
    List<Engine> engines) {

  /** One vrrp_instance. {@code master} is null while unknown. */
  public record Instance(String name, String intf, int vrid, int version, String state,
      String wantedState, int basePriority, int effectivePriority, String master,
      boolean vipsSet, List<String> vips, List<Tracker> trackers, String syncGroup,
      long becomeMaster, long advertisementsReceived) {}

  /** A tracker an instance follows: type interface|script|file|process|bfd; up null if unknown. */
  public record Tracker(String type, String name, Boolean up) {}

  public record SyncGroup(String name, String state, List<String> members) {}

  public record VirtualServer(String name, String quorum, int realServersUp,
      int realServersTotal, List<RealServer> realServers) {}

  /** status null while the checkers have published no verdict. */
  public record RealServer(String name, int weight, boolean sorry, String status,
      long failedChecks) {}

  public record BfdSession(String name, String neighbor, String source, String state,
      String diag, long upCount) {}

  public record Engine(String subsystem, String status, String detail, int restarts) {}
}
