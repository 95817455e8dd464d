package org.jkeepalived.lvs.forward;

/**
 * What the forwarder holds now and what it has shed: the figures its bounds are stated in.
 *
 * @param connections TCP connections and UDP flows open (bounded by {@link
 *     ForwarderSettings#maxConnections})
 * @param refused TCP clients reset and new UDP flows dropped at that bound
 * @param bufferedBytes bytes queued in the forwarder toward clients and real servers, not yet
 *     taken by the kernel (bounded per connection by backpressure)
 * @param udpFlows UDP flows in the flow tables (bounded by {@link ForwarderSettings#maxUdpFlows}
 *     per virtual server)
 * @param udpEvicted UDP flows closed because their table was full (the least recently used goes)
 * @param udpDropped datagrams of new UDP clients dropped (no real server available, or the
 *     connection bound reached), and unreadable datagrams
 * @param idleClosed TCP connections closed by the {@code lvs_timeouts} tcp or tcpfin timeout
 */
public record ForwarderLoad(
    int connections, long refused, long bufferedBytes, int udpFlows, long udpEvicted,
    long udpDropped, long idleClosed) {

  ForwarderLoad plus(ForwarderLoad o) {
    return new ForwarderLoad(connections + o.connections, refused + o.refused,
        bufferedBytes + o.bufferedBytes, udpFlows + o.udpFlows, udpEvicted + o.udpEvicted,
        udpDropped + o.udpDropped, idleClosed + o.idleClosed);
  }
}
