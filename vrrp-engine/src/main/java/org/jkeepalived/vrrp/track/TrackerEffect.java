package org.jkeepalived.vrrp.track;

/**
 * What one tracked object does to an instance.
 *
 * @param delta added to the instance's total priority
 * @param fault the object holds the instance in FAULT
 * @param pending a weight-0 script has not reported yet, which holds the instance in INIT
 *     (keepalived's num_script_init)
 */
public record TrackerEffect(int delta, boolean fault, boolean pending) {
  public static final TrackerEffect NONE = new TrackerEffect(0, false, false);
  public static final TrackerEffect FAULT = new TrackerEffect(0, true, false);
  public static final TrackerEffect PENDING = new TrackerEffect(0, false, true);

  public static TrackerEffect delta(int delta) {
    return delta == 0 ? NONE : new TrackerEffect(delta, false, false);
  }
}
