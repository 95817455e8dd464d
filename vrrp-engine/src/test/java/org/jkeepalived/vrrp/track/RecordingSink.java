package org.jkeepalived.vrrp.track;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps every update, and the latest per object. */
final class RecordingSink implements TrackerSink {
  final List<String> log = new ArrayList<>();
  final Map<TrackerKey, Observation> latest = new LinkedHashMap<>();

  @Override
  public void update(TrackerKey key, Observation observation) {
    log.add(key.name() + "=" + observation);
    latest.put(key, observation);
  }

  Observation get(TrackerKind kind, String name) {
    return latest.get(new TrackerKey(kind, name));
  }
}
