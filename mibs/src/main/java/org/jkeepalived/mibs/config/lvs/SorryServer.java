package org.jkeepalived.mibs.config.lvs;

import java.net.InetAddress;

/** The sorry_server used when quorum is lost; port 0 means the virtual server's. */
public record SorryServer(InetAddress address, int port, Forwarding forwarding, boolean inhibit) {}
