package org.jkeepalived.mibs.model;

import java.util.Objects;

/**
 * Config row of the tracking tables (vrrpTrackedInterface/Script/File/Process/BfdTable and their
 * vrrpSyncTracked twins): the tracked object's name, the weight in effect for this tracker (the
 * reference's own weight, else the tracked object's default) and whether it is reversed.
 */
public record VrrpTrackedRow(String name, int weight, boolean reverse) {
  public VrrpTrackedRow {
    Objects.requireNonNull(name);
  }
}
