package org.jkeepalived.linux.ipvs;

/** IPVS connection timeouts in seconds ({@code lvs_timeouts tcp T tcpfin T udp T}); 0: unchanged. */
public record IpvsTimeouts(int tcp, int tcpFin, int udp) {}
