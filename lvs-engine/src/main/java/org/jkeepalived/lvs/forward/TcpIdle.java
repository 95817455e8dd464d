package org.jkeepalived.lvs.forward;

import java.util.concurrent.TimeUnit;
import org.jkeepalived.linux.ipvs.IpvsTimeouts;

/**
 * IPVS's TCP timeouts applied to a proxied connection ({@code lvs_timeouts tcp} and {@code
 * tcpfin}, ipvsadm --set). The kernel restarts a connection entry's timer on every packet with
 * the timeout of the state the packet leaves it in (ip_vs_proto_tcp.c, set_tcp_state): an
 * ESTABLISHED entry expires after {@code tcp} seconds without a packet, a FIN_WAIT or
 * CLOSE_WAIT one (one side has sent its FIN) after {@code tcpfin}. For the proxy a packet is a
 * read from either side, and one side closed or half-closed is the FIN state.
 */
final class TcpIdle {
  private TcpIdle() {}

  /**
   * Nanoseconds left before a connection last active at {@code lastActivity} is closed, at most
   * zero when it is to be closed now. A timeout changed by {@code setTimeouts} applies at the
   * connection's next check, as the kernel's applies at its next packet.
   */
  static long remaining(boolean finState, long lastActivity, long now, IpvsTimeouts t) {
    long timeout = TimeUnit.SECONDS.toNanos(finState ? t.tcpFin() : t.tcp());
    return lastActivity + timeout - now;
  }
}
