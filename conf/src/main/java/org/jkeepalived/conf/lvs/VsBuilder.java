package org.jkeepalived.conf.lvs;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.jkeepalived.mibs.config.lvs.Forwarding;
import org.jkeepalived.mibs.config.lvs.IpFamily;
import org.jkeepalived.mibs.config.lvs.IpvsScheduler;
import org.jkeepalived.mibs.config.lvs.LvsProtocol;
import org.jkeepalived.mibs.config.lvs.ProxyProtocolVersion;
import org.jkeepalived.mibs.config.lvs.SchedulerFlag;

/** One virtual_server while it is read and corrected; null means "not configured". */
final class VsBuilder {
  final LvsBuilder lvs;
  final ConfNode node;
  // Exactly one of: address (with port), fwmark, group.
  InetAddress address;
  int port;
  Long fwmark;
  String group;

  IpFamily family;
  LvsProtocol protocol;
  IpvsScheduler scheduler;
  final Set<SchedulerFlag> flags = EnumSet.noneOf(SchedulerFlag.class);
  Forwarding forwarding;
  Duration persistenceTimeout;
  int persistenceGranularity = -1;
  String persistenceEngine;
  boolean haSuspend;
  Boolean smtpAlert;
  String virtualhost;
  String snmpName;
  boolean alpha;
  boolean omega;
  long quorum = 1;
  long hysteresis;
  ScriptSpec quorumUp;
  ScriptSpec quorumDown;
  RsBuilder sorry;
  Duration delayLoop = Duration.ofSeconds(60);
  Duration connectTimeout = Duration.ofSeconds(5);
  Integer retry;
  Duration delayBeforeRetry;
  Duration warmup;
  boolean inhibit;
  /** {@code proxy_protocol}, a jkeepalived extension. */
  ProxyProtocolVersion proxyProtocol = ProxyProtocolVersion.NONE;
  /** Default real server weight ({@code weight} in the virtual server block). */
  long weight = 1;
  final List<RsBuilder> realServers = new ArrayList<>();

  VsBuilder(LvsBuilder lvs, ConfNode node) {
    this.lvs = lvs;
    this.node = node;
  }
}
