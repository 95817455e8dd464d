package org.jkeepalived.conf.lvs;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.jkeepalived.mibs.config.lvs.CheckerKind;
import org.jkeepalived.mibs.config.lvs.DnsType;
import org.jkeepalived.mibs.config.lvs.HttpProtocol;
import org.jkeepalived.mibs.config.lvs.UrlSpec;

/**
 * One checker block while it is read (also an SMTP_CHECK {@code host} block, which uses only the
 * connection and timing fields). Null means "inherit" or "type default".
 */
final class CheckerBuilder {
  final CheckerKind kind;
  final RsBuilder rs;
  /** False when keepalived dropped the checker ("- ignoring", "- skipping"). */
  boolean valid = true;

  InetAddress connectIp;
  Integer connectPort;
  InetAddress bindTo;
  String bindIf;
  int bindPort;
  long fwmark;
  Duration connectTimeout;
  Duration delayLoop;
  Duration warmup;
  Integer retry;
  Duration delayBeforeRetry;
  Boolean alpha;
  boolean logAllFailures;

  HttpProtocol httpProtocol = HttpProtocol.HTTP_1_0;
  boolean fastRecovery;
  String virtualhost;
  final List<UrlSpec> urls = new ArrayList<>();
  boolean enableSni;

  String heloName;
  final List<CheckerBuilder> hosts = new ArrayList<>();

  DnsType dnsType = DnsType.SOA;
  String dnsName = ".";

  ScriptSpec script;
  Duration miscTimeout;
  boolean miscDynamic;

  String payloadHex;
  boolean requireReply;
  String replyPattern;
  int minReplyLength;
  int maxReplyLength = 255;

  String trackFile;
  /** null: not given, the track_file's own weight and reverse apply (check_file.c). */
  Integer fileWeight;
  boolean fileReverse;

  String bfdName;

  CheckerBuilder(CheckerKind kind, RsBuilder rs) {
    this.kind = kind;
    this.rs = rs;
  }
}
