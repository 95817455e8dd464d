package org.jkeepalived.vrrp.packet;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Encodes and decodes the VRRP message (the IP payload, from the version octet on). Like FRR's
 * vrrp_packet.c it checks only that a packet is well-formed VRRP for this receiver's
 * configuration (length, TTL, version, type, checksum, v2 authentication, non-zero interval);
 * VRID, priority, interval mismatch and address list policy are left to the caller.
 */
public final class VrrpCodec {
  /** Fixed header length shared by v2 and v3. */
  public static final int HEADER_LENGTH = 8;
  /** TTL / Hop Limit of every multicast advert (RFC 5798 section 5.1.1.3). */
  public static final int VRRP_TTL = 255;

  private static final InetAddress MCAST_V4 = address(new byte[] {(byte) 224, 0, 0, 18});

  private VrrpCodec() {}

  /**
   * Encodes an advertisement with a freshly computed checksum (the record's checksum is ignored).
   *
   * @param source the IP source the packet will carry (used in the v3 pseudo-header)
   * @param destination the IP destination (multicast group or unicast peer)
   */
  public static byte[] encode(
      VrrpAdvertisement advert, InetAddress source, InetAddress destination,
      VrrpCodecOptions options) {
    int addrLen = advert.isIpv6() ? 16 : 4;
    boolean v2 = advert.version() == VrrpVersion.V2;
    byte[] out = new byte[HEADER_LENGTH + advert.addressCount() * addrLen + (v2 ? 8 : 0)];
    out[0] = (byte) ((advert.version().wire() << 4) | advert.type());
    out[1] = (byte) advert.vrid();
    out[2] = (byte) advert.priority();
    out[3] = (byte) advert.addressCount();
    int interval = VrrpAdvertisement.intervalToWire(advert.version(), advert.advertInterval());
    if (v2) {
      out[4] = (byte) advert.authType().wire();
      out[5] = (byte) interval;
    } else {
      out[4] = (byte) (interval >>> 8); // the 4 reserved bits stay zero
      out[5] = (byte) interval;
    }
    int pos = HEADER_LENGTH;
    for (InetAddress a : advert.addresses()) {
      System.arraycopy(a.getAddress(), 0, out, pos, addrLen);
      pos += addrLen;
    }
    if (v2) {
      System.arraycopy(advert.authData(), 0, out, pos, 8);
    }
    ChecksumVariant variant = sendVariant(advert, destination, options);
    int sum = checksum(out, variant, source, destination);
    out[6] = (byte) (sum >>> 8);
    out[7] = (byte) sum;
    return out;
  }

  /** The checksum computation an advertisement is sent with under these options. */
  public static ChecksumVariant sendVariant(
      VrrpAdvertisement advert, InetAddress destination, VrrpCodecOptions options) {
    if (destination instanceof Inet6Address) {
      return ChecksumVariant.PSEUDO_HEADER; // the kernel sums IPv6 (IPV6_CHECKSUM), any version
    }
    if (advert.version() == VrrpVersion.V2) {
      return ChecksumVariant.MESSAGE_ONLY;
    }
    if (options.v3ChecksumAsV2()) {
      return ChecksumVariant.V3_AS_V2;
    }
    if (!destination.isMulticastAddress() && options.unicastChecksum() == UnicastChecksum.OLD) {
      return ChecksumVariant.OLD_UNICAST;
    }
    return ChecksumVariant.PSEUDO_HEADER;
  }

  /**
   * The checksum of a VRRP message (its checksum field taken as zero) under a variant.
   *
   * @param message the whole VRRP message
   */
  public static int checksum(
      byte[] message, ChecksumVariant variant, InetAddress source, InetAddress destination) {
    long sum =
        switch (variant) {
          case MESSAGE_ONLY, V3_AS_V2 -> 0;
          case PSEUDO_HEADER -> InternetChecksum.pseudoHeaderSum(
              source, destination, message.length, InternetChecksum.PROTO_VRRP);
          case OLD_UNICAST -> InternetChecksum.pseudoHeaderSum(
              source, MCAST_V4, message.length, InternetChecksum.PROTO_VRRP);
        };
    sum = InternetChecksum.add(sum, message, 0, 6);
    sum = InternetChecksum.add(sum, message, 8, message.length - 8);
    return InternetChecksum.finish(sum);
  }

  /**
   * Decodes a VRRP message received with the given IP facts.
   *
   * @param message the IP payload (for AH, the part after the AH header)
   * @return the advertisement, or the reason it is not a legal one; never throws on any input
   */
  public static VrrpDecodeResult decode(
      byte[] message, PacketContext context, VrrpCodecOptions options) {
    // RFC 5798 section 7.1 order: TTL, version, length, checksum; then (v2) authentication.
    if (options.checkTtl() && context.ttl() != VRRP_TTL) {
      return error(VrrpDecodeError.Reason.TTL, "TTL/hop limit " + context.ttl() + ", expected 255");
    }
    boolean gotAh = context.protocol() == PacketContext.PROTO_AH;
    if (gotAh != (options.auth().type() == AuthType.AH)) {
      // keepalived: an AH header when not configured for AH, or none when it is
      return error(VrrpDecodeError.Reason.AUTH_TYPE_MISMATCH,
          gotAh ? "AH header but auth type not AH" : "no AH header but auth type is AH");
    }
    if (message.length < HEADER_LENGTH) {
      return error(VrrpDecodeError.Reason.PACKET_LENGTH,
          message.length + " octets, shorter than the VRRP header");
    }
    Optional<VrrpVersion> version = VrrpVersion.fromWire((message[0] & 0xff) >>> 4);
    if (version.isEmpty()) {
      return error(VrrpDecodeError.Reason.VERSION, "version " + ((message[0] & 0xff) >>> 4));
    }
    int type = message[0] & 0x0f;
    if (type != VrrpAdvertisement.TYPE_ADVERTISEMENT) {
      return error(VrrpDecodeError.Reason.INVALID_TYPE, "type " + type);
    }
    boolean v2 = version.get() == VrrpVersion.V2;
    int count = message[3] & 0xff;
    int addrLen = context.isIpv6() ? 16 : 4;
    int expected = HEADER_LENGTH + count * addrLen + (v2 ? VrrpAuth.KEY_LENGTH : 0);
    if (message.length != expected) {
      return error(VrrpDecodeError.Reason.PACKET_LENGTH, "length " + message.length
          + " but " + count + " addresses need " + expected);
    }
    int wireSum = ((message[6] & 0xff) << 8) | (message[7] & 0xff);
    Optional<ChecksumVariant> variant = verifyChecksum(message, wireSum, version.get(), context,
        options);
    if (variant.isEmpty()) {
      return error(VrrpDecodeError.Reason.CHECKSUM,
          "checksum 0x" + Integer.toHexString(wireSum) + " does not verify");
    }
    byte[] authData = new byte[0];
    AuthType authType = AuthType.NONE;
    int interval;
    if (v2) {
      Optional<AuthType> at = AuthType.fromWire(message[4] & 0xff);
      if (at.isEmpty()) {
        return error(VrrpDecodeError.Reason.INVALID_AUTH_TYPE, "auth type " + (message[4] & 0xff));
      }
      authType = at.get();
      if (authType != options.auth().type()) {
        return error(VrrpDecodeError.Reason.AUTH_TYPE_MISMATCH,
            "auth type " + authType + ", configured " + options.auth().type());
      }
      authData = Arrays.copyOfRange(message, message.length - 8, message.length);
      if (authType == AuthType.PASS && !MessageDigest.isEqual(authData, options.auth().key())) {
        return error(VrrpDecodeError.Reason.AUTH_FAILURE, "wrong password");
      }
      interval = message[5] & 0xff;
    } else {
      interval = ((message[4] & 0x0f) << 8) | (message[5] & 0xff); // reserved bits ignored
    }
    if (interval == 0) {
      return error(VrrpDecodeError.Reason.ADVERT_INTERVAL, "advert interval 0");
    }
    List<InetAddress> addresses = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int off = HEADER_LENGTH + i * addrLen;
      addresses.add(address(Arrays.copyOfRange(message, off, off + addrLen)));
    }
    VrrpAdvertisement advert = new VrrpAdvertisement(version.get(), type, message[1] & 0xff,
        message[2] & 0xff, authType, authData,
        VrrpAdvertisement.intervalFromWire(version.get(), interval), addresses, wireSum);
    return new DecodedAdvert(advert, variant.get(), Optional.empty(), Optional.empty());
  }

  private static Optional<ChecksumVariant> verifyChecksum(byte[] message, int wireSum,
      VrrpVersion version, PacketContext ctx, VrrpCodecOptions options) {
    InetAddress src = ctx.source();
    InetAddress dst = ctx.destination();
    List<ChecksumVariant> accepted = new ArrayList<>(2);
    if (ctx.isIpv6()) {
      accepted.add(ChecksumVariant.PSEUDO_HEADER);
    } else if (version == VrrpVersion.V2) {
      accepted.add(ChecksumVariant.MESSAGE_ONLY);
    } else if (options.v3ChecksumAsV2()) {
      accepted.add(ChecksumVariant.V3_AS_V2);
    } else if (dst.isMulticastAddress()) {
      accepted.add(ChecksumVariant.PSEUDO_HEADER);
    } else {
      switch (options.unicastChecksum()) {
        case OLD -> accepted.add(ChecksumVariant.OLD_UNICAST);
        case NEVER -> accepted.add(ChecksumVariant.PSEUDO_HEADER);
        case AUTO -> {
          accepted.add(ChecksumVariant.PSEUDO_HEADER);
          accepted.add(ChecksumVariant.OLD_UNICAST); // keepalived <= 1.3.6 peers
        }
      }
    }
    for (ChecksumVariant v : accepted) {
      if (checksum(message, v, src, dst) == wireSum) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  private static VrrpDecodeResult error(VrrpDecodeError.Reason reason, String detail) {
    return new VrrpDecodeError(reason, detail);
  }

  /**
   * An address from 4 or 16 raw octets (no name lookup). 16 octets always give an {@link
   * Inet6Address}, even an IPv4-mapped one, so that a v6 address list stays v6.
   */
  static InetAddress address(byte[] raw) {
    try {
      return raw.length == 16
          ? Inet6Address.getByAddress(null, raw, (java.net.NetworkInterface) null)
          : InetAddress.getByAddress(raw);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("address of " + raw.length + " octets", e);
    }
  }

  /** True for an IPv4 address. */
  static boolean isIpv4(InetAddress a) {
    return a instanceof Inet4Address;
  }
}
