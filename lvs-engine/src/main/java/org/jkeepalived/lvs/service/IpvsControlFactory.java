package org.jkeepalived.lvs.service;

import org.jkeepalived.linux.ipvs.IpvsControl;
import org.jkeepalived.linux.ipvs.IpvsException;

/**
 * Opens the kernel IPVS port when the LVS engine starts (the real one: {@code
 * NetlinkIpvsControl.open()}; tests: the linux test-jar's {@code FakeIpvsControl}).
 */
@FunctionalInterface
public interface IpvsControlFactory {
  /**
   * @throws IpvsException {@link IpvsException#unavailable} when the kernel has no IPVS: the
   *     engine then does not start, as keepalived's checker process exits
   */
  IpvsControl open() throws IpvsException;
}
