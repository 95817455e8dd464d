package org.jkeepalived.mibs.config.lvs;

import java.net.InetAddress;
import java.time.Duration;

/**
 * Where a checker connects: the target (defaults: the real server's address and port), the
 * source address, interface and port (null/0: unset), the fwmark for its packets (0: none) and
 * the connect timeout (inherited; default 5 s).
 */
public record Connection(
    InetAddress connectIp,
    int connectPort,
    InetAddress bindTo,
    String bindIf,
    int bindPort,
    long fwmark,
    Duration connectTimeout) {}
