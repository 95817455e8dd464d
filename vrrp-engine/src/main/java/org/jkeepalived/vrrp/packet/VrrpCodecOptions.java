package org.jkeepalived.vrrp.packet;

import java.util.Objects;

/**
 * How an instance encodes and checks packets. These are configuration, not policy: they decide
 * what is legal on the wire for this receiver.
 *
 * @param auth the configured VRRPv2 authentication (type and key); {@link VrrpAuth#none()} for v3
 * @param v3ChecksumAsV2 keepalived's {@code v3_checksum_as_v2}: no pseudo-header for v3 over IPv4
 * @param unicastChecksum keepalived's {@code old_unicast_checksum} setting
 * @param checkTtl verify TTL / Hop Limit 255 (RFC 5798 section 7.1); keepalived skips the check
 *     for unicast peers, whose min_ttl / max_ttl range is a policy check of its own
 * @param skipCheckAdvAddr keepalived's {@code skip_check_adv_addr}: the {@link AddressListCheck}
 *     is not repeated for adverts from the master last accepted
 */
public record VrrpCodecOptions(VrrpAuth auth, boolean v3ChecksumAsV2,
    UnicastChecksum unicastChecksum, boolean checkTtl, boolean skipCheckAdvAddr) {

  /** No authentication, RFC checksums, TTL checked, every advert's addresses checked. */
  public static final VrrpCodecOptions DEFAULT =
      new VrrpCodecOptions(VrrpAuth.none(), false, UnicastChecksum.AUTO, true, false);

  /** Options that check every advert's address list. */
  public VrrpCodecOptions(VrrpAuth auth, boolean v3ChecksumAsV2, UnicastChecksum unicastChecksum,
      boolean checkTtl) {
    this(auth, v3ChecksumAsV2, unicastChecksum, checkTtl, false);
  }

  public VrrpCodecOptions {
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(unicastChecksum, "unicastChecksum");
  }

  public VrrpCodecOptions withAuth(VrrpAuth newAuth) {
    return new VrrpCodecOptions(newAuth, v3ChecksumAsV2, unicastChecksum, checkTtl,
        skipCheckAdvAddr);
  }

  public VrrpCodecOptions withV3ChecksumAsV2(boolean on) {
    return new VrrpCodecOptions(auth, on, unicastChecksum, checkTtl, skipCheckAdvAddr);
  }

  public VrrpCodecOptions withUnicastChecksum(UnicastChecksum mode) {
    return new VrrpCodecOptions(auth, v3ChecksumAsV2, mode, checkTtl, skipCheckAdvAddr);
  }

  public VrrpCodecOptions withCheckTtl(boolean on) {
    return new VrrpCodecOptions(auth, v3ChecksumAsV2, unicastChecksum, on, skipCheckAdvAddr);
  }

  public VrrpCodecOptions withSkipCheckAdvAddr(boolean on) {
    return new VrrpCodecOptions(auth, v3ChecksumAsV2, unicastChecksum, checkTtl, on);
  }
}
