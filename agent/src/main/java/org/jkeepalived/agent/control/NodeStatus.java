package org.jkeepalived.agent.control;

import java.util.List;

/**
 * What {@code jkeepalived status} shows: the daemon's view of its instances, sync groups, virtual
 * and real servers, BFD sessions, engines and the LVS dataplane, in the MIB's words, as one JSON
 * document (the control socket's answer and the {@code --json} output). {@code dataplane} is null
 * while no LVS engine has opened one (and in the answers of daemons older than it).
 */
public record NodeStatus(String version, long pid, String routerId, List<Instance> instances,
    List<SyncGroup> syncGroups, List<VirtualServer> virtualServers, List<BfdSession> bfdSessions,
    List<Engine> engines, Dataplane dataplane) {

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

  /**
   * The LVS dataplane ({@code --lvs-dataplane}): kind {@value #IPVS} (kernel IPVS, forwarder
   * null: the kernel keeps no bound of its own to report) or {@value #USERSPACE} (the forwarder).
   */
  public record Dataplane(String kind, Forwarder forwarder) {
    public static final String IPVS = "ipvs";
    public static final String USERSPACE = "userspace";
  }

  /**
   * The userspace forwarder's configured connection bound, what it holds now and what it has
   * shed since it started (issue 14's bounds; the metrics' jkeepalived_forwarder_* families).
   */
  public record Forwarder(int maxConnections, int connections, long refused, long bufferedBytes,
      int udpFlows, long udpEvicted, long udpDropped, long idleClosed) {}
}
