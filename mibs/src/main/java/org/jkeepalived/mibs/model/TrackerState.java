package org.jkeepalived.mibs.model;

/**
 * What the VRRP trackers observe of a track_file, vrrp_track_process or tracked bfd_instance
 * (state part of vrrpFileTable, vrrpProcessTable and vrrpBfdTable).
 *
 * @param up whether the object counts as up (process quorum met, BFD session up, file value 0)
 * @param value the file's last value or the number of matching processes; 0 for BFD
 */
public record TrackerState(boolean up, long value) {}
