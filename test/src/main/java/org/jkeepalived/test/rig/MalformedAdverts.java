package org.jkeepalived.test.rig;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jkeepalived.test.rig.VrrpPacketGenerator.Packet;
import org.jkeepalived.vrrp.packet.ChecksumVariant;
import org.jkeepalived.vrrp.packet.VrrpAdvertisement;
import org.jkeepalived.vrrp.packet.VrrpAuth;
import org.jkeepalived.vrrp.packet.VrrpCodec;
import org.jkeepalived.vrrp.packet.VrrpCodecOptions;

/**
 * The catalogue of malformed and hostile VRRP packets of the malformed-packet differential (issue
 * 18): for each instance of the BACKUP under test (VRRPv2 over IPv4 with a password, VRRPv3 over
 * IPv4, VRRPv3 over IPv6), well-formed adverts broken in one way each, as RFC 3768 / RFC 5798
 * section 7.1 list the receiver's checks (TTL, version, type, length, checksum, VRID, auth,
 * interval, address list), plus the hostile ones (priority 0, sent to the unicast address).
 */
public final class MalformedAdverts {
  /** The master's priority in {@link #heartbeat}: above the backup's. */
  public static final int MASTER_PRIORITY = 150;

  /**
   * One instance of the backup under test, as the generator sees it.
   *
   * @param label e.g. {@code v2/ipv4}, the kinds' prefix
   * @param version 2 or 3
   * @param vrid the instance's VRID
   * @param vip its one virtual address
   * @param otherVip an address of the same family that is not its VIP
   * @param group the multicast destination (224.0.0.18, ff02::12)
   * @param source the generator's source address (link-local for IPv6)
   * @param backup the backup's unicast address
   * @param password the v2 PASS password, null for v3
   */
  public record Instance(String label, int version, int vrid, InetAddress vip,
      InetAddress otherVip, InetAddress group, InetAddress source, InetAddress backup,
      String password) {}

  /** One kind: a packet sent {@code count} times to the instance. */
  public record Kind(String name, Instance instance, Packet packet) {}

  private MalformedAdverts() {}

  /** A valid advert at {@link #MASTER_PRIORITY}: the live master the backup follows. */
  public static Packet heartbeat(Instance i) {
    return new Packet(i.group(), 255, encode(i, i.version(), i.vrid(), MASTER_PRIORITY,
        List.of(i.vip()), i.group()));
  }

  /** Every kind for these instances, in a fixed order. */
  public static List<Kind> catalogue(List<Instance> instances) {
    List<Kind> out = new ArrayList<>();
    for (Instance i : instances) {
      out.addAll(common(i));
      if (i.version() == 2) {
        out.addAll(v2Only(i));
      } else if (i.group().getAddress().length == 4) {
        byte[] m = valid(i);
        m[6] = 0;
        m[7] = 0;
        int sum = VrrpCodec.checksum(m, ChecksumVariant.MESSAGE_ONLY, i.source(), i.group());
        m[6] = (byte) (sum >>> 8);
        m[7] = (byte) sum;
        out.add(kind(i, "v3 checksum without pseudo-header", m));
      }
    }
    return List.copyOf(out);
  }

  private static List<Kind> common(Instance i) {
    List<Kind> k = new ArrayList<>();
    k.add(kind(i, "valid, priority 120", encode(i, i.version(), i.vrid(), 120,
        List.of(i.vip()), i.group())));
    byte[] bad = valid(i);
    bad[7] ^= 0x5a;
    k.add(kind(i, "bad checksum", bad));
    k.add(new Kind("TTL/hop limit 254", i, new Packet(i.group(), 254, valid(i))));
    k.add(kind(i, "version 1", fixed(i, m -> nibble(m, 1, m[0] & 0x0f))));
    k.add(kind(i, "version 4", fixed(i, m -> nibble(m, 4, m[0] & 0x0f))));
    int other = i.version() == 2 ? 3 : 2;
    k.add(kind(i, "well-formed v" + other, encode(i, other, i.vrid(), MASTER_PRIORITY,
        List.of(i.vip()), i.group())));
    k.add(kind(i, "type 2", fixed(i, m -> nibble(m, (m[0] & 0xff) >>> 4, 2))));
    k.add(kind(i, "truncated to 6 octets", Arrays.copyOf(valid(i), 6)));
    k.add(kind(i, "count 2, one address", fixed(i, m -> {
      m[3] = 2;
      return m;
    })));
    k.add(kind(i, "4 trailing octets", fixed(i, m -> Arrays.copyOf(m, m.length + 4))));
    k.add(kind(i, "unknown VRID 99", encode(i, i.version(), 99, MASTER_PRIORITY,
        List.of(i.vip()), i.group())));
    k.add(kind(i, "address list: another address", encode(i, i.version(), i.vrid(),
        MASTER_PRIORITY, List.of(i.otherVip()), i.group())));
    k.add(kind(i, "address list: two addresses", encode(i, i.version(), i.vrid(),
        MASTER_PRIORITY, List.of(i.vip(), i.otherVip()), i.group())));
    k.add(kind(i, "priority 0", encode(i, i.version(), i.vrid(), 0, List.of(i.vip()),
        i.group())));
    k.add(new Kind("unicast to the backup", i, new Packet(i.backup(), 255,
        encode(i, i.version(), i.vrid(), MASTER_PRIORITY, List.of(i.vip()), i.backup()))));
    k.add(kind(i, "advert interval 0", fixed(i, m -> {
      m[5] = 0;
      if (i.version() == 3) {
        m[4] &= (byte) 0xf0;
      }
      return m;
    })));
    return k;
  }

  private static List<Kind> v2Only(Instance i) {
    List<Kind> k = new ArrayList<>();
    k.add(kind(i, "advert interval 2 s", fixed(i, m -> {
      m[5] = 2;
      return m;
    })));
    k.add(kind(i, "auth type 0", fixed(i, m -> {
      m[4] = 0;
      return m;
    })));
    k.add(kind(i, "auth type 5", fixed(i, m -> {
      m[4] = 5;
      return m;
    })));
    k.add(kind(i, "wrong password", fixed(i, m -> {
      m[m.length - 1] ^= 0x21;
      return m;
    })));
    return k;
  }

  private static Kind kind(Instance i, String name, byte[] message) {
    return new Kind(name, i, new Packet(i.group(), 255, message));
  }

  /** The instance's valid advert at the master's priority, to be broken. */
  private static byte[] valid(Instance i) {
    return encode(i, i.version(), i.vrid(), MASTER_PRIORITY, List.of(i.vip()), i.group());
  }

  /** A valid advert changed by {@code change}, its checksum computed again over the result. */
  private static byte[] fixed(Instance i, UnaryOperator<byte[]> change) {
    byte[] m = change.apply(valid(i));
    m[6] = 0;
    m[7] = 0;
    ChecksumVariant v = i.version() == 2 && i.group().getAddress().length == 4
        ? ChecksumVariant.MESSAGE_ONLY : ChecksumVariant.PSEUDO_HEADER;
    int sum = VrrpCodec.checksum(m, v, i.source(), i.group());
    m[6] = (byte) (sum >>> 8);
    m[7] = (byte) sum;
    return m;
  }

  private static byte[] nibble(byte[] m, int version, int type) {
    m[0] = (byte) ((version << 4) | type);
    return m;
  }

  private static byte[] encode(Instance i, int version, int vrid, int priority,
      List<InetAddress> vips, InetAddress destination) {
    VrrpAdvertisement a = version == 2
        ? VrrpAdvertisement.v2(vrid, priority,
            i.password() == null ? VrrpAuth.none() : VrrpAuth.pass(i.password()),
            Duration.ofSeconds(1), vips)
        : VrrpAdvertisement.v3(vrid, priority, Duration.ofSeconds(1), vips);
    return VrrpCodec.encode(a, i.source(), destination, VrrpCodecOptions.DEFAULT);
  }
}
