package org.jkeepalived.conf.kw.vrrp;

import org.jkeepalived.conf.diag.Location;
import org.jkeepalived.mibs.config.TrackRef;

/** A track reference while read: where it was written, for "not found" reports. */
public record TrackRefBuilder(TrackRef ref, Location location) {}
