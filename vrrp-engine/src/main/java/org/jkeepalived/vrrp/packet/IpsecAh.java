package org.jkeepalived.vrrp.packet;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * keepalived's HMAC-MD5-96 ICV for VRRPv2 over IPsec AH (RFC 2402 section 3.3.3, RFC 2104).
 * The HMAC key is the 8-octet {@code auth_pass}. The MAC covers the whole IP packet with the
 * mutable fields zeroed: in the IPv4 header TOS, flags/fragment offset and header checksum (and
 * TTL when the advert is unicast, since routers may lower it), in the AH header the ICV itself.
 * The identification field stays in, as keepalived does.
 */
public final class IpsecAh {
  private IpsecAh() {}

  /**
   * Computes the 12-octet ICV of a complete IPv4 packet carrying AH.
   *
   * @param packet the IPv4 packet: header, 24-octet AH header, VRRP message
   * @param headerLength the IPv4 header length (IHL x 4)
   * @param key the 8-octet key
   * @param zeroTtl true for unicast adverts (keepalived's receivers zero TTL then)
   */
  public static byte[] icv(byte[] packet, int headerLength, byte[] key, boolean zeroTtl) {
    byte[] copy = packet.clone();
    copy[1] = 0; // TOS
    copy[6] = 0; // flags and fragment offset
    copy[7] = 0;
    copy[10] = 0; // header checksum
    copy[11] = 0;
    if (zeroTtl) {
      copy[8] = 0;
    }
    Arrays.fill(copy, headerLength + 12, headerLength + AuthenticationHeader.LENGTH, (byte) 0);
    try {
      Mac mac = Mac.getInstance("HmacMD5");
      mac.init(new SecretKeySpec(key, "HmacMD5"));
      return Arrays.copyOf(mac.doFinal(copy), AuthenticationHeader.ICV_LENGTH);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacMD5 is a required JCA algorithm", e);
    }
  }
}
