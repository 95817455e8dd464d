package org.jkeepalived.conf.lvs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.mibs.config.LvsConfig;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.jkeepalived.mibs.config.lvs.CheckerDefaults;
import org.jkeepalived.mibs.config.lvs.CheckerKind;
import org.jkeepalived.mibs.config.lvs.CheckerTiming;
import org.jkeepalived.mibs.config.lvs.Connection;
import org.jkeepalived.mibs.config.lvs.HttpSpec;
import org.jkeepalived.mibs.config.lvs.RealServerConfig;
import org.jkeepalived.mibs.config.lvs.SorryServer;
import org.jkeepalived.mibs.config.lvs.SslConfig;
import org.jkeepalived.mibs.config.lvs.UdpSpec;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.config.lvs.VirtualServiceId;

/**
 * Turns the corrected builders into the immutable records, resolving each checker's settings
 * as keepalived does: checker, else real server (which already inherited from the virtual
 * server), else the checker type's default.
 */
final class LvsAssembler {
  private LvsAssembler() {}

  static LvsConfig build(LvsBuilder lvs) {
    List<VirtualServerConfig> out = new ArrayList<>(lvs.servers.size());
    for (VsBuilder vs : lvs.servers) {
      out.add(virtualServer(vs));
    }
    SslConfig ssl = lvs.ssl == null ? null
        : new SslConfig(lvs.ssl[0], lvs.ssl[1], lvs.ssl[2], lvs.ssl[3]);
    return new LvsConfig(new ArrayList<>(lvs.groups.values()), out, ssl);
  }

  private static VirtualServerConfig virtualServer(VsBuilder vs) {
    VirtualServiceId id = vs.group != null ? new VirtualServiceId.Group(vs.group)
        : vs.fwmark != null ? new VirtualServiceId.Fwmark(vs.fwmark)
        : new VirtualServiceId.Address(vs.address, vs.port);
    List<RealServerConfig> rss = new ArrayList<>(vs.realServers.size());
    for (RsBuilder rs : vs.realServers) {
      rss.add(realServer(vs, rs));
    }
    SorryServer sorry = vs.sorry == null ? null
        : new SorryServer(vs.sorry.address, vs.sorry.port, vs.sorry.forwarding, vs.sorry.inhibit);
    return new VirtualServerConfig(id, vs.family, vs.protocol, vs.scheduler, vs.flags,
        vs.forwarding, vs.persistenceTimeout, vs.persistenceGranularity, vs.persistenceEngine,
        vs.haSuspend, vs.smtpAlert, vs.virtualhost, vs.snmpName, vs.alpha, vs.omega, vs.quorum,
        vs.hysteresis, vs.quorumUp, vs.quorumDown, sorry, vs.delayLoop, vs.inhibit,
        vs.proxyProtocol, rss,
        new CheckerDefaults(vs.retry, vs.delayBeforeRetry, vs.warmup, vs.weight,
            vs.connectTimeout));
  }

  private static RealServerConfig realServer(VsBuilder vs, RsBuilder rs) {
    List<CheckerConfig> cks = new ArrayList<>(rs.checkers.size());
    for (CheckerBuilder ck : rs.checkers) {
      cks.add(checker(vs, rs, ck));
    }
    return new RealServerConfig(rs.address, rs.port, rs.weight.intValue(), rs.forwarding,
        rs.inhibit, rs.notifyUp, rs.notifyDown, rs.upperThreshold, rs.lowerThreshold,
        rs.smtpAlert, rs.virtualhost, rs.snmpName, rs.alpha, rs.connectTimeout, rs.delayLoop,
        cks);
  }

  static CheckerConfig checker(VsBuilder vs, RsBuilder rs, CheckerBuilder ck) {
    return switch (ck.kind) {
      case TCP_CHECK -> new CheckerConfig.TcpCheck(connection(rs, ck), timing(rs, ck));
      case PING_CHECK -> new CheckerConfig.PingCheck(connection(rs, ck), timing(rs, ck));
      case HTTP_GET -> new CheckerConfig.HttpGetCheck(connection(rs, ck), timing(rs, ck),
          http(vs, rs, ck));
      case SSL_GET -> new CheckerConfig.SslGetCheck(connection(rs, ck), timing(rs, ck),
          http(vs, rs, ck), ck.enableSni);
      case SMTP_CHECK -> {
        List<Connection> hosts = new ArrayList<>();
        for (CheckerBuilder h : ck.hosts) {
          hosts.add(connection(rs, h));
        }
        yield new CheckerConfig.SmtpCheck(connection(rs, ck), timing(rs, ck), ck.heloName, hosts);
      }
      case DNS_CHECK -> new CheckerConfig.DnsCheck(connection(rs, ck), timing(rs, ck),
          ck.dnsType, ck.dnsName);
      case UDP_CHECK -> new CheckerConfig.UdpCheck(connection(rs, ck), timing(rs, ck),
          new UdpSpec(ck.payloadHex, ck.requireReply, ck.replyPattern, ck.minReplyLength,
              ck.maxReplyLength));
      case MISC_CHECK -> new CheckerConfig.MiscCheck(timing(rs, ck), ck.script, ck.miscTimeout,
          ck.miscDynamic);
      case FILE_CHECK -> new CheckerConfig.FileCheck(ck.trackFile, ck.fileWeight, ck.fileReverse);
      case BFD_CHECK -> new CheckerConfig.BfdCheck(ck.bfdName);
    };
  }

  private static HttpSpec http(VsBuilder vs, RsBuilder rs, CheckerBuilder ck) {
    String host = ck.virtualhost != null ? ck.virtualhost
        : rs.virtualhost != null ? rs.virtualhost : vs.virtualhost;
    return new HttpSpec(ck.httpProtocol, ck.fastRecovery, host, ck.urls);
  }

  private static Connection connection(RsBuilder rs, CheckerBuilder ck) {
    return new Connection(ck.connectIp != null ? ck.connectIp : rs.address,
        ck.connectPort != null ? ck.connectPort : rs.port, ck.bindTo, ck.bindIf, ck.bindPort,
        ck.fwmark, ck.connectTimeout != null ? ck.connectTimeout : rs.connectTimeout);
  }

  /** Type defaults: retry 3 for DNS, 0 for MISC, else 1; delay_before_retry 3 s for HTTP/SSL,
   * the delay loop for DNS, else 1 s. */
  private static CheckerTiming timing(RsBuilder rs, CheckerBuilder ck) {
    Duration loop = ck.delayLoop != null ? ck.delayLoop : rs.delayLoop;
    int defRetry = ck.kind == CheckerKind.DNS_CHECK ? 3 : ck.kind == CheckerKind.MISC_CHECK ? 0 : 1;
    int retry = ck.retry != null ? ck.retry : rs.retry != null ? rs.retry : defRetry;
    Duration warmup = ck.warmup != null ? ck.warmup : rs.warmup != null ? rs.warmup : loop;
    Duration defDbr = switch (ck.kind) {
      case HTTP_GET, SSL_GET -> Duration.ofSeconds(3);
      case DNS_CHECK -> loop;
      default -> Duration.ofSeconds(1);
    };
    Duration dbr = ck.delayBeforeRetry != null ? ck.delayBeforeRetry
        : rs.delayBeforeRetry != null ? rs.delayBeforeRetry : defDbr;
    boolean alpha = ck.alpha != null ? ck.alpha : rs.alpha;
    // the checkers test global_data->checker_log_all_failures || checker->log_all_failures
    boolean logAll = ck.logAllFailures || rs.vs.lvs.root.global.checkerLogAllFailures;
    return new CheckerTiming(loop, warmup, retry, dbr, alpha, logAll);
  }
}
