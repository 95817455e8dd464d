package org.jkeepalived.vrrp.packet;

import java.util.Objects;
import java.util.Optional;

/**
 * A legal VRRP packet and what the decoder learned around it.
 *
 * @param advert the VRRP message
 * @param checksum the checksum computation that verified; {@link ChecksumVariant#OLD_UNICAST}
 *     tells a receiver in keepalived's automatic mode to switch its sending to the old form
 * @param ipHeader the IPv4 header when decoded from a raw IPv4 packet
 * @param ah the IPsec AH header when the packet carried one (its ICV already verified); the
 *     sequence number replay check is the caller's, it needs per-peer state
 */
public record DecodedAdvert(
    VrrpAdvertisement advert,
    ChecksumVariant checksum,
    Optional<Ipv4Header> ipHeader,
    Optional<AuthenticationHeader> ah)
    implements VrrpDecodeResult {

  public DecodedAdvert {
    Objects.requireNonNull(advert, "advert");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(ipHeader, "ipHeader");
    Objects.requireNonNull(ah, "ah");
  }
}
