package org.jkeepalived.mibs.config;

/**
 * A reference from a vrrp_instance or sync group to a tracked object (script, file, process, BFD
 * instance or interface) by name, with its weight (null: the tracked object's own default) and
 * whether the weight's direction is reversed.
 */
public record TrackRef(String name, Integer weight, boolean reverse) {}
