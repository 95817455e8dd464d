package org.jkeepalived.vrrp.track;

import java.util.Objects;

/** Names one tracked object (a script, file, process, BFD instance or interface) by kind and name. */
public record TrackerKey(TrackerKind kind, String name) {
  public TrackerKey {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(name);
  }
}
