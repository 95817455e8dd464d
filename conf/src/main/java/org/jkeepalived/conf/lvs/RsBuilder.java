package org.jkeepalived.conf.lvs;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.jkeepalived.mibs.config.lvs.Forwarding;

/** One real_server (or the sorry_server) while it is read; null means "inherit". */
final class RsBuilder {
  final VsBuilder vs;
  final ConfNode node;
  final InetAddress address;
  int port;
  Long weight;
  Forwarding forwarding;
  Boolean inhibit;
  ScriptSpec notifyUp;
  ScriptSpec notifyDown;
  long upperThreshold;
  long lowerThreshold;
  Boolean smtpAlert;
  String virtualhost;
  String snmpName;
  Boolean alpha;
  Duration connectTimeout;
  Integer retry;
  Duration delayBeforeRetry;
  Duration warmup;
  Duration delayLoop;
  final List<CheckerBuilder> checkers = new ArrayList<>();

  RsBuilder(VsBuilder vs, ConfNode node, InetAddress address, int port) {
    this.vs = vs;
    this.node = node;
    this.address = address;
    this.port = port;
  }
}
