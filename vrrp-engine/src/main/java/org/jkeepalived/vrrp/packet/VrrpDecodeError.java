package org.jkeepalived.vrrp.packet;

import java.util.Objects;

/**
 * Why a received packet is not a legal VRRP packet. Each reason names the MIB counters it feeds
 * (RFC 2787 VRRP-MIB, RFC 6527 VRRPv3-MIB); keepalived's own KEEPALIVED-MIB counts the same
 * events under its vrrpInstance statistics. Decoders return this, they never throw.
 *
 * @param reason the kind of error
 * @param detail a human-readable explanation for logs
 */
public record VrrpDecodeError(Reason reason, String detail) implements VrrpDecodeResult, Ipv4DecodeResult {

  public VrrpDecodeError {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  /** The kinds of wire error, each with the counters a receiver increments. */
  public enum Reason {
    /** Truncated, too long, or Count IPvX Addr not matching the length; an IP header whose
     *  lengths do not add up. */
    PACKET_LENGTH("vrrpStatsPacketLengthErrors", "vrrpv3StatisticsPacketLengthErrors"),
    /** An IPv4 header that is not one (version not 4, IHL below 5). */
    IP_HEADER("vrrpStatsPacketLengthErrors", "vrrpv3StatisticsPacketLengthErrors"),
    /** TTL / Hop Limit not 255 on a multicast advert (RFC 5798 section 7.1). */
    TTL("vrrpStatsIpTtlErrors", "vrrpv3StatisticsIpTtlErrors"),
    /** Version nibble not 2 or 3. */
    VERSION("vrrpRouterVersionErrors", "vrrpv3RouterVersionErrors"),
    /** Type nibble not ADVERTISEMENT. */
    INVALID_TYPE("vrrpStatsInvalidTypePktsRcvd", "vrrpv3StatisticsRcvdInvalidTypePackets"),
    /** The VRRP checksum does not verify. */
    CHECKSUM("vrrpRouterChecksumErrors", "vrrpv3RouterChecksumErrors"),
    /** v2 Auth Type not 0, 1 or 2. */
    INVALID_AUTH_TYPE("vrrpStatsInvalidAuthType", null),
    /** v2 Auth Type (or the presence of an AH header) differs from the configured one. */
    AUTH_TYPE_MISMATCH("vrrpStatsAuthTypeMismatch", null),
    /** Wrong password, or an AH ICV or SPI that does not verify. */
    AUTH_FAILURE("vrrpStatsAuthFailures", null),
    /** The advert's address list differs from the instance's virtual addresses (keepalived's
     *  addrListErr; found by {@link AddressListCheck}, not by the decoder), or, as keepalived
     *  counts it too, the advert went to a unicast address and the instance is multicast (or the
     *  reverse). */
    ADDRESS_LIST("vrrpStatsAddressListErrors", "vrrpv3StatisticsAddressListErrors"),
    /** An advert interval of zero. */
    ADVERT_INTERVAL("vrrpStatsAdvertiseIntervalErrors", "vrrpv3StatisticsAdvIntervalErrors"),
    /** Not a VRRP packet at all (another IP protocol, or AH protecting something else). */
    NOT_VRRP(null, null);

    private final String rfc2787Counter;
    private final String rfc6527Counter;

    Reason(String rfc2787Counter, String rfc6527Counter) {
      this.rfc2787Counter = rfc2787Counter;
      this.rfc6527Counter = rfc6527Counter;
    }

    /** The VRRP-MIB (RFC 2787) counter this error feeds, or null. */
    public String rfc2787Counter() {
      return rfc2787Counter;
    }

    /** The VRRPv3-MIB (RFC 6527) counter this error feeds, or null. */
    public String rfc6527Counter() {
      return rfc6527Counter;
    }
  }
}
