package org.jkeepalived.mibs.config;

import java.time.Duration;
import java.util.List;

/** A vrrp_track_process: which processes to count, the quorum, and debounce delays. */
public record TrackProcessConfig(
    String name,
    List<String> process,
    ParamMatch paramMatch,
    int weight,
    boolean reverse,
    int quorum,
    int quorumMax,
    Duration forkDelay,
    Duration terminateDelay,
    boolean fullCommand) {
  public TrackProcessConfig {
    process = List.copyOf(process);
  }

  /** How the configured parameters are matched against a process's command line. */
  public enum ParamMatch {
    EXACT,
    PARTIAL,
    INITIAL
  }
}
