package org.jkeepalived.mibs.config;

import java.net.InetAddress;

/** A unicast peer with the accepted TTL / hop-limit range of its adverts (null: unchecked). */
public record UnicastPeer(InetAddress address, Integer minTtl, Integer maxTtl) {}
