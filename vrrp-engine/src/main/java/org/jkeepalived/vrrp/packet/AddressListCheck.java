package org.jkeepalived.vrrp.packet;

import java.net.InetAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * keepalived's check of the address list of a received advert against the instance's own
 * virtual addresses (RFC 3768 / RFC 5798 section 7.1: a receiver MAY verify them). keepalived
 * 2.2.7 drops an advert whose address count differs from ours, or which lacks one of our
 * addresses, logging the first difference, and counts it in addrListErr
 * (vrrpStatsAddressListErrors, vrrpv3StatisticsAddressListErrors). An instance without virtual
 * addresses checks nothing. Order in the list does not matter.
 */
public final class AddressListCheck {
  private AddressListCheck() {}

  /**
   * Compares the advert's addresses with ours.
   *
   * @return empty when they match, else the reason in keepalived's words (for the log)
   */
  public static Optional<String> mismatch(VrrpAdvertisement advert, List<InetAddress> ours) {
    if (ours.isEmpty()) {
      return Optional.empty();
    }
    List<InetAddress> theirs = advert.addresses();
    if (theirs.size() != ours.size()) {
      return Optional.of("received an invalid ip address count " + theirs.size() + ", expected "
          + ours.size() + "!");
    }
    // Runs for every received advert: a plain scan of the (short) lists allocates nothing; a
    // long list is hashed once instead (keepalived allows up to 255 addresses per advert).
    Set<InetAddress> present = theirs.size() > SCAN_LIMIT ? new HashSet<>(theirs) : null;
    for (InetAddress a : ours) {
      if (present == null ? !theirs.contains(a) : !present.contains(a)) {
        return Optional.of("ip address associated with VRID " + advert.vrid()
            + " not present in MASTER advert : " + a.getHostAddress());
      }
    }
    return Optional.empty();
  }

  /** Up to this many addresses a linear scan is cheaper than a hash set. */
  private static final int SCAN_LIMIT = 16;

  /**
   * Whether the check applies: always, unless {@code skip_check_adv_addr} is set and the advert
   * comes from the master whose advert was last accepted (keepalived checks a new master once).
   */
  public static boolean applies(boolean skipCheckAdvAddr, InetAddress source,
      Optional<InetAddress> lastMaster) {
    return !skipCheckAdvAddr || lastMaster.filter(source::equals).isEmpty();
  }
}
