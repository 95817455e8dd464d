package org.jkeepalived.conf.kw.vrrp;

import java.net.InetAddress;
import org.jkeepalived.conf.kw.Addresses;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.Values;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.IpPrefix;
import org.jkeepalived.mibs.config.IpText;
import org.jkeepalived.mibs.config.VirtualAddress;

/**
 * One line of virtual_ipaddress, virtual_ipaddress_excluded or static_ipaddress: {@code
 * ADDR[/LEN] [brd ADDR|+|-] [dev IF] [use_vmac] [scope S] [label L] [peer ADDR] [home] [-nodad]
 * [mngtmpaddr] [noprefixroute] [autojoin] [no_track] [track_group G] [preferred_lft N|forever]}.
 */
public final class AddressGrammar {
  private AddressGrammar() {}

  /** The address on this line (the keyword is the address), or null after reporting. */
  public static VirtualAddress parse(ConfNode n, ParseContext c) {
    String word = n.keyword();
    IpPrefix addr = Addresses.prefix(word);
    if (addr == null) {
      c.error(n, "VRRP parsed invalid IP " + word + ". skipping IP...");
      return null;
    }
    InetAddress brd = null;
    String dev = null;
    String scope = null;
    String label = null;
    IpPrefix peer = null;
    String trackGroup = null;
    Integer lft = null;
    boolean useVmac = false;
    boolean home = false;
    boolean noDad = false;
    boolean mngTmp = false;
    boolean noPrefixRoute = false;
    boolean autoJoin = false;
    boolean noTrack = false;
    int i = 0;
    while (i < n.args().size()) {
      String opt = n.arg(i);
      String val = n.arg(i + 1);
      switch (opt) {
        case "brd":
        case "broadcast":
          brd = broadcast(val, addr);
          if (brd == null) {
            c.error(n, "VRRP is trying to assign invalid broadcast " + val + ". skipping VIP...");
            return null;
          }
          i += 2;
          break;
        case "dev":
          dev = val;
          i += 2;
          break;
        case "scope":
          scope = val;
          i += 2;
          break;
        case "label":
          label = val;
          i += 2;
          break;
        case "peer":
          peer = val == null ? null : Addresses.prefix(val);
          if (peer == null) {
            c.error(n, "Invalid peer address " + val);
          }
          i += 2;
          break;
        case "track_group":
          trackGroup = val;
          i += 2;
          break;
        case "preferred_lft":
          if ("forever".equals(val)) {
            lft = -1;
          } else {
            Long v = Values.integer(n, i + 1, 0, 0xffffffffL - 1, c);
            lft = v == null ? null : v.intValue();
          }
          i += 2;
          break;
        case "use_vmac":
          useVmac = true;
          i++;
          break;
        case "home":
          home = true;
          i++;
          break;
        case "-nodad":
        case "nodad":
          noDad = true;
          i++;
          break;
        case "mngtmpaddr":
          mngTmp = true;
          i++;
          break;
        case "noprefixroute":
          noPrefixRoute = true;
          i++;
          break;
        case "autojoin":
          autoJoin = true;
          i++;
          break;
        case "no_track":
          noTrack = true;
          i++;
          break;
        default:
          c.error(n, "Unknown configuration entry '" + opt + "' for ip address - ignoring");
          i++;
      }
    }
    if (dev != null) {
      c.checkAddressInterface(n, dev, IpText.format(addr.address()));
    }
    return new VirtualAddress(
        addr, brd, dev, useVmac, scope, label, peer, home, noDad, mngTmp, noPrefixRoute,
        autoJoin, noTrack, trackGroup, lft);
  }

  /** {@code +} sets the host bits, {@code -} clears them, else a literal of the same family. */
  private static InetAddress broadcast(String val, IpPrefix addr) {
    if (val == null || addr.isIpv6()) {
      return null;
    }
    if (val.equals("+") || val.equals("-")) {
      byte[] b = addr.address().getAddress();
      int hostBits = 32 - addr.prefixLength();
      int ip = ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
      int mask = hostBits == 32 ? -1 : (1 << hostBits) - 1;
      ip = val.equals("+") ? ip | mask : ip & ~mask;
      try {
        return InetAddress.getByAddress(
            new byte[] {(byte) (ip >>> 24), (byte) (ip >>> 16), (byte) (ip >>> 8), (byte) ip});
      } catch (java.net.UnknownHostException e) {
        return null;
      }
    }
    InetAddress a = Addresses.literal(val);
    return a == null || a.getAddress().length != 4 ? null : a;
  }
}
