package org.jkeepalived.vrrp.track;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jkeepalived.mibs.config.KeepalivedConfig;

/**
 * The declared tracked objects (vrrp_script, track_file, vrrp_track_process, bfd_instance) with
 * the default weight and direction a reference without its own weight takes. Interfaces are not
 * declared: an interface reference without a weight has weight 0.
 */
public final class TrackerDefaults {
  /** A tracked object's default weight and direction. */
  public record Default(int weight, boolean reverse) {}

  private final Map<TrackerKey, Default> defaults;

  public TrackerDefaults(Map<TrackerKey, Default> defaults) {
    this.defaults = Map.copyOf(defaults);
  }

  /** The declared objects of a configuration. */
  public static TrackerDefaults of(KeepalivedConfig config) {
    Map<TrackerKey, Default> m = new HashMap<>();
    config.vrrpScripts().forEach(
        (n, s) -> m.put(new TrackerKey(TrackerKind.SCRIPT, n), new Default(s.weight(), s.reverse())));
    config.trackFiles().forEach(
        (n, f) -> m.put(new TrackerKey(TrackerKind.FILE, n), new Default(f.weight(), f.reverse())));
    config.trackProcesses().forEach(
        (n, p) -> m.put(new TrackerKey(TrackerKind.PROCESS, n), new Default(p.weight(), p.reverse())));
    config.bfdInstances().forEach(
        (n, b) -> m.put(new TrackerKey(TrackerKind.BFD, n), new Default(b.weight(), b.reverse())));
    return new TrackerDefaults(m);
  }

  /** The default of a declared object; interfaces always resolve to weight 0, not reversed. */
  public Optional<Default> lookup(TrackerKind kind, String name) {
    if (kind == TrackerKind.INTERFACE) {
      return Optional.of(new Default(0, false));
    }
    return Optional.ofNullable(defaults.get(new TrackerKey(kind, name)));
  }
}
