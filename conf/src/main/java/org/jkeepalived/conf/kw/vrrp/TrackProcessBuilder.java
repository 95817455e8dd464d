package org.jkeepalived.conf.kw.vrrp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.conf.diag.Location;
import org.jkeepalived.mibs.config.TrackProcessConfig;

/** A vrrp_track_process while read. */
public final class TrackProcessBuilder {
  public final String name;
  public final Location location;
  public Location end;
  public final List<String> process = new ArrayList<>();
  public TrackProcessConfig.ParamMatch paramMatch = TrackProcessConfig.ParamMatch.EXACT;
  public int weight = 1;
  public boolean reverse;
  public int quorum = 1;
  public int quorumMax = Integer.MAX_VALUE;
  public Duration forkDelay = Duration.ZERO;
  public Duration terminateDelay = Duration.ZERO;
  public boolean fullCommand;

  public TrackProcessBuilder(String name, Location location) {
    this.name = name;
    this.location = location;
  }

  public TrackProcessConfig build() {
    return new TrackProcessConfig(
        name, process, paramMatch, weight, reverse, quorum, quorumMax, forkDelay,
        terminateDelay, fullCommand);
  }
}
