package org.jkeepalived.conf.kw.vrrp;

import java.net.InetAddress;
import java.time.Duration;
import org.jkeepalived.conf.diag.Location;
import org.jkeepalived.conf.kw.Addresses;
import org.jkeepalived.conf.kw.KeywordTable;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.Scripts;
import org.jkeepalived.conf.kw.Values;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.Authentication;
import org.jkeepalived.mibs.config.InitialState;
import org.jkeepalived.mibs.config.IpPrefix;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.jkeepalived.mibs.config.UnicastPeer;

/** The vrrp_instance keywords of keepalived 2.2.7 (keepalived.conf(5), "VRRP instance(s)"). */
public final class VrrpInstanceTable {
  private VrrpInstanceTable() {}

  public static KeywordTable<VrrpInstanceBuilder> create() {
    KeywordTable.Builder<VrrpInstanceBuilder> t = KeywordTable.builder("vrrp_instance");
    identity(t);
    VrrpInstanceAddressKeywords.install(t);
    VrrpInstanceTrackKeywords.install(t);
    VrrpInstanceBehaviourKeywords.install(t);
    return t.build();
  }

  private static void identity(KeywordTable.Builder<VrrpInstanceBuilder> t) {
    t.on("state", VrrpInstanceTable::state)
        .on("interface", VrrpInstanceTable::iface)
        .on(
            "virtual_router_id",
            (n, b, c) -> {
              Long v = Values.integer(n, 0, 1, 255, c);
              if (v == null) {
                c.error(
                    n,
                    b.tag() + ": VRID '" + Values.argOrEmpty(n, 0)
                        + "' not valid - must be between 1 & 255");
              } else {
                b.virtualRouterId = v.intValue();
              }
            })
        .on(
            "priority",
            (n, b, c) -> {
              Long v = Values.integer(n, 0, 1, 255, c);
              if (v == null) {
                c.error(n, b.tag() + " Priority not valid! must be between 1 & 255. Using default 100");
                b.priority = 100;
              } else {
                b.priority = v.intValue();
              }
              b.prioritySet = true;
            })
        .on(
            "advert_int",
            (n, b, c) -> {
              Duration d = Values.seconds(n, 0, 0.01, 255, c);
              if (d == null) {
                c.error(
                    n,
                    b.tag() + " Advert interval (" + Values.argOrEmpty(n, 0)
                        + ") not valid! Must be > 0 - ignoring");
              } else {
                b.advertInterval = d;
              }
            })
        .on(
            "version",
            (n, b, c) -> {
              Long v = Values.integer(n, 0, 2, 3, c);
              if (v == null) {
                c.error(n, b.tag() + ": Version must be either 2 or 3");
              } else {
                b.version = v.intValue();
              }
            })
        .block("authentication", authTable(), b -> b);
  }

  private static void state(ConfNode n, VrrpInstanceBuilder b, ParseContext c) {
    String s = Values.argOrEmpty(n, 0);
    if (s.equals("MASTER")) {
      b.state = InitialState.MASTER;
    } else if (s.equals("BACKUP")) {
      b.state = InitialState.BACKUP;
    } else {
      c.error(n, b.tag() + " unknown state '" + s + "', defaulting to BACKUP");
      b.state = InitialState.BACKUP;
    }
    b.stateSet = true;
  }

  private static void iface(ConfNode n, VrrpInstanceBuilder b, ParseContext c) {
    if (!Values.requireArgs(n, 1, c)) {
      return;
    }
    String name = n.arg(0);
    if (c.host().isLoopback(name)) {
      c.error(n, b.tag() + " cannot use a loopback interface (" + name + ") for vrrp - ignoring");
      return;
    }
    b.interfaceName = name;
    b.interfaceLocation = n.location();
    if (!c.host().interfaceExists(name) && !c.dynamicInterfaces()) {
      c.warning(
          n, "WARNING - interface " + name + " for vrrp_instance " + b.name + " doesn't exist");
      c.noteMissingInterface();
    }
  }

  private static KeywordTable<VrrpInstanceBuilder> authTable() {
    return KeywordTable.<VrrpInstanceBuilder>builder("authentication")
        .on(
            "auth_type",
            (n, b, c) -> {
              String s = Values.argOrEmpty(n, 0);
              Authentication.Type type =
                  s.equals("PASS") ? Authentication.Type.PASS
                      : s.equals("AH") ? Authentication.Type.AH : null;
              if (type == null) {
                c.error(n, b.tag() + " unknown authentication type '" + s + "'");
              } else {
                b.authentication = new Authentication(type, b.authentication.password());
              }
            })
        .on(
            "auth_pass",
            (n, b, c) -> {
              if (!Values.requireArgs(n, 1, c)) {
                return;
              }
              String p = n.arg(0);
              if (p.length() > 8) {
                c.warning(n, "Truncating auth_pass to 8 characters");
                p = p.substring(0, 8);
              }
              b.authentication = new Authentication(b.authentication.type(), p);
            })
        .build();
  }

  /**
   * keepalived's end-of-block checks of a vrrp_instance, reported at its closing line: unicast
   * adverts cannot come from a VMAC, so vmac_xmit_base is forced.
   */
  public static void endOfBlock(VrrpInstanceBuilder b, Location end, ParseContext c) {
    if (b.useVmac && !b.unicastPeers.isEmpty() && !b.vmacXmitBase) {
      c.diagnostics().warning(end, b.tag() + " unicast with use_vmac requires vmac_xmit_base - setting");
      b.vmacXmitBase = true;
    }
  }

  /** {@code ADDR [min_ttl N] [max_ttl N]} lines of unicast_peer. */
  static void unicastPeers(ConfNode block, VrrpInstanceBuilder b, ParseContext c) {
    b.unicastPeerBlock = true;
    for (ConfNode n : block.children()) {
      InetAddress a = Addresses.literal(n.keyword());
      if (a == null) {
        c.error(n, b.tag() + " VRRP parsed invalid IP " + n.keyword() + ". skipping IP...");
        continue;
      }
      Integer min = null;
      Integer max = null;
      for (int i = 0; i + 1 < n.args().size(); i += 2) {
        Long v = Values.integer(n, i + 1, 0, 255, c);
        if (n.arg(i).equals("min_ttl")) {
          min = v == null ? null : v.intValue();
        } else if (n.arg(i).equals("max_ttl")) {
          max = v == null ? null : v.intValue();
        } else {
          c.error(n, b.tag() + " Unknown unicast_peer option " + n.arg(i));
        }
      }
      if (min != null || max != null) {
        b.checkUnicastSrc = true;
      }
      b.unicastPeers.add(new UnicastPeer(a, min, max));
    }
  }

  /** {@code use_vmac [NAME] [MAC]}: a word with ':' is the MAC. */
  static void useVmac(ConfNode n, VrrpInstanceBuilder b, ParseContext c) {
    b.useVmac = true;
    for (String a : n.args()) {
      if (a.indexOf(':') >= 0) {
        b.vmacMac = a;
      } else {
        b.vmacName = a;
      }
    }
  }

  /** {@code use_ipvlan [NAME] [ADDR] [bridge|private|vepa]}. */
  static void useIpvlan(ConfNode n, VrrpInstanceBuilder b, ParseContext c) {
    b.useIpvlan = true;
    for (String a : n.args()) {
      if (a.equals("bridge") || a.equals("private") || a.equals("vepa")) {
        b.ipvlanMode = a;
      } else {
        IpPrefix p = Addresses.prefix(a);
        if (p != null) {
          b.ipvlanAddress = p;
        } else {
          b.ipvlanName = a;
        }
      }
    }
  }

  static void notify(ConfNode n, VrrpInstanceBuilder b, ParseContext c) {
    ScriptSpec s = Scripts.script(n, 0, c);
    if (s == null) {
      return;
    }
    switch (n.keyword()) {
      case "notify_master":
        b.notifyMaster = s;
        break;
      case "notify_backup":
        b.notifyBackup = s;
        break;
      case "notify_fault":
        b.notifyFault = s;
        break;
      case "notify_stop":
        b.notifyStop = s;
        break;
      case "notify_master_rx_lower_pri":
        b.notifyMasterRxLowerPri = s;
        break;
      default:
        b.notifyAny = s;
    }
  }
}
