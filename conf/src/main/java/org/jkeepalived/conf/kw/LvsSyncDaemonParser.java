package org.jkeepalived.conf.kw;

import java.net.InetAddress;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.LvsSyncDaemon;

/**
 * {@code lvs_sync_daemon IF [[inst] VI] [id N] [maxlen N] [port N] [ttl N] [group ADDR]}; the
 * instance name may be given without {@code inst} for backward compatibility.
 */
final class LvsSyncDaemonParser {
  private LvsSyncDaemonParser() {}

  static LvsSyncDaemon parse(ConfNode n, ParseContext c) {
    if (!Values.requireArgs(n, 1, c)) {
      return null;
    }
    String inst = null;
    Integer id = null;
    Integer maxlen = null;
    Integer port = null;
    Integer ttl = null;
    InetAddress group = null;
    int i = 1;
    while (i < n.args().size()) {
      String opt = n.arg(i);
      boolean hasValue = i + 1 < n.args().size();
      switch (opt) {
        case "inst":
          inst = n.arg(i + 1);
          i += 2;
          break;
        case "id":
          id = toInt(Values.integer(n, i + 1, 0, 255, c));
          i += 2;
          break;
        case "maxlen":
          maxlen = toInt(Values.integer(n, i + 1, 1, 65507, c));
          i += 2;
          break;
        case "port":
          port = toInt(Values.integer(n, i + 1, 1, 65535, c));
          i += 2;
          break;
        case "ttl":
          ttl = toInt(Values.integer(n, i + 1, 1, 255, c));
          i += 2;
          break;
        case "group":
          group = Addresses.literal(n.arg(i + 1));
          if (group == null || !group.isMulticastAddress()) {
            c.error(n, "Invalid lvs_sync_daemon group " + Values.argOrEmpty(n, i + 1));
            group = null;
          }
          i += 2;
          break;
        default:
          if (i == 1 && inst == null) {
            inst = opt;
            i++;
          } else {
            c.error(n, "Unknown option " + opt + " specified for lvs_sync_daemon");
            i += hasValue ? 2 : 1;
          }
      }
    }
    return new LvsSyncDaemon(n.arg(0), inst, id, maxlen, port, ttl, group);
  }

  private static Integer toInt(Long v) {
    return v == null ? null : v.intValue();
  }
}
