package org.jkeepalived.conf.lvs;

import org.jkeepalived.conf.diag.Location;
import org.jkeepalived.conf.kw.KeywordTable;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.vrrp.TrackFileBuilder;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.lvs.CheckerKind;

/**
 * Reads a checker block into its real server and makes the checks keepalived makes when the
 * block closes (reported at the closing brace); a checker keepalived drops is not kept.
 */
final class CheckerBlocks {
  private CheckerBlocks() {}

  static void read(
      ConfNode n, RsBuilder rs, CheckerKind kind, KeywordTable<CheckerBuilder> table,
      ParseContext c) {
    CheckerBuilder ck = new CheckerBuilder(kind, rs);
    table.apply(n.children(), ck, c);
    Location end = LvsArgs.blockEnd(n);
    switch (kind) {
      case HTTP_GET, SSL_GET -> {
        if (ck.urls.isEmpty()) {
          c.diagnostics().error(end, "HTTP/SSL_GET checker has no urls specified - ignoring");
          ck.valid = false;
        }
      }
      case MISC_CHECK -> {
        if (ck.script == null && ck.valid) {
          c.diagnostics().error(end, "No script path has been specified for MISC_CHECKER - skipping");
          ck.valid = false;
        }
      }
      case UDP_CHECK -> {
        if (ck.minReplyLength > ck.maxReplyLength) {
          c.diagnostics().error(end, "UDP_CHECK min_reply length " + ck.minReplyLength
              + " > max_reply_length " + ck.maxReplyLength + " - will always fail");
        }
      }
      case FILE_CHECK -> {
        if (ck.trackFile == null) {
          c.diagnostics().error(end, "FILE_CHECK has no track_file specified - ignoring");
          ck.valid = false;
        } else if (ck.fileWeight == null) {
          // check_file.c file_end_handler: no weight of its own, the track_file's applies
          TrackFileBuilder file = rs.vs.lvs.root.vrrp.trackFiles.get(ck.trackFile);
          ck.fileWeight = file == null ? 1 : file.weight;
          ck.fileReverse = file != null && file.reverse;
        }
      }
      case BFD_CHECK -> {
        if (ck.bfdName == null && ck.valid) {
          c.diagnostics().error(end, "(" + ServiceNames.rs(rs, rs.vs)
              + ") No name has been specified for BFD_CHECKER - skipping");
          ck.valid = false;
        }
      }
      default -> { }
    }
    if (ck.valid) {
      rs.checkers.add(ck);
    }
  }
}
