package org.jkeepalived.linux.ipvs;

import java.util.List;

/**
 * Kernel IPVS as the LVS engine drives it: the port between the engine and the dataplane. The
 * real implementation speaks the IPVS generic netlink family (include/uapi/linux/ip_vs.h); tests
 * use an in-memory fake (linux test-jar). Every call is synchronous and returns once the kernel
 * acknowledged it; a refusal is an {@link IpvsException} carrying the errno, never a crash.
 *
 * <p>Not thread-safe: the LVS engine calls it from its one loop thread.
 */
public interface IpvsControl extends AutoCloseable {

  /** IPVS_CMD_GET_INFO: the kernel's IPVS version and connection table size. */
  IpvsInfo info() throws IpvsException;

  /** IPVS_CMD_GET_SERVICE dump: every service with its statistics. */
  List<IpvsService> services() throws IpvsException;

  /** IPVS_CMD_GET_DEST dump: the destinations of {@code service} with their statistics. */
  List<IpvsDestination> destinations(IpvsServiceKey service) throws IpvsException;

  /** IPVS_CMD_NEW_SERVICE; EEXIST when it is already there. */
  void addService(IpvsService service) throws IpvsException;

  /** IPVS_CMD_SET_SERVICE: scheduler, flags, persistence of an existing service. */
  void editService(IpvsService service) throws IpvsException;

  /** IPVS_CMD_DEL_SERVICE (its destinations go with it). */
  void deleteService(IpvsServiceKey service) throws IpvsException;

  /** IPVS_CMD_NEW_DEST. */
  void addDestination(IpvsServiceKey service, IpvsDestination destination) throws IpvsException;

  /** IPVS_CMD_SET_DEST: weight, thresholds, forwarding of an existing destination. */
  void editDestination(IpvsServiceKey service, IpvsDestination destination) throws IpvsException;

  /** IPVS_CMD_DEL_DEST. */
  void deleteDestination(IpvsServiceKey service, IpvsDestKey destination) throws IpvsException;

  /**
   * Runs {@code commands} in their order and says how each ended; a refused command does not
   * stop the ones after it (as separate calls would not). The kernel implementation sends them
   * several per datagram; this default runs them one by one.
   */
  default List<IpvsOutcome> apply(List<IpvsCommand> commands) {
    List<IpvsOutcome> out = new java.util.ArrayList<>(commands.size());
    for (IpvsCommand c : commands) {
      try {
        c.applyTo(this);
        out.add(IpvsOutcome.done(c));
      } catch (IpvsException e) {
        out.add(IpvsOutcome.failed(c, e));
      }
    }
    return out;
  }

  /** IPVS_CMD_FLUSH: every service and destination ({@code lvs_flush}). */
  void flush() throws IpvsException;

  /** IPVS_CMD_GET_CONFIG: the tcp, tcpfin and udp timeouts. */
  IpvsTimeouts timeouts() throws IpvsException;

  /** IPVS_CMD_SET_CONFIG ({@code lvs_timeouts}); a zero field leaves that timeout unchanged. */
  void setTimeouts(IpvsTimeouts timeouts) throws IpvsException;

  /** IPVS_CMD_GET_DAEMON: the connection sync daemons running. */
  List<IpvsSyncDaemon> daemons() throws IpvsException;

  /** IPVS_CMD_NEW_DAEMON ({@code lvs_sync_daemon}). */
  void startDaemon(IpvsSyncDaemon daemon) throws IpvsException;

  /** IPVS_CMD_DEL_DAEMON for one role. */
  void stopDaemon(IpvsSyncDaemon.Role role) throws IpvsException;

  /** Releases the netlink socket. Idempotent. */
  @Override
  void close();
}
