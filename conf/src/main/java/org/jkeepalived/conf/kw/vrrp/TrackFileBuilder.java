package org.jkeepalived.conf.kw.vrrp;

import org.jkeepalived.conf.diag.Location;
import org.jkeepalived.mibs.config.TrackFileConfig;

/** A track_file while read. */
public final class TrackFileBuilder {
  public final String name;
  public final Location location;
  public Location end;
  public String file;
  public int weight = 1;
  public boolean reverse;
  public boolean initFile;
  public long initValue;
  public boolean initOverwrite;

  public TrackFileBuilder(String name, Location location) {
    this.name = name;
    this.location = location;
  }

  public TrackFileConfig build() {
    return new TrackFileConfig(name, file, weight, reverse, initFile, initValue, initOverwrite);
  }
}
