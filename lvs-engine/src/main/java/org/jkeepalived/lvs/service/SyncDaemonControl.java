package org.jkeepalived.lvs.service;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jkeepalived.linux.ipvs.IpvsControl;
import org.jkeepalived.linux.ipvs.IpvsException;
import org.jkeepalived.linux.ipvs.IpvsSyncDaemon;
import org.jkeepalived.linux.ipvs.IpvsSyncDaemon.Role;
import org.jkeepalived.mibs.config.LvsSyncDaemon;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * lvs_sync_daemon: the IPVS connection sync daemon follows its vrrp_instance, read from the
 * store (never from the VRRP engine): the instance MASTER runs the master daemon, in any other
 * state the backup one (keepalived's vrrp.c calls ipvs_syncd_master / ipvs_syncd_backup on
 * those transitions, each stopping the other role first). Without an instance both run, as
 * keepalived's checker starts them. At start, daemons left by an earlier run are stopped first,
 * errors ignored (check_daemon.c). Runs on the engine's loop.
 */
final class SyncDaemonControl {
  private static final Logger LOG = LoggerFactory.getLogger(SyncDaemonControl.class);

  private final IpvsControl ipvs;
  private LvsSyncDaemon config;
  private final Set<Role> running = EnumSet.noneOf(Role.class);

  SyncDaemonControl(IpvsControl ipvs) {
    this.ipvs = ipvs;
  }

  /** Takes the (re)loaded setting; a changed one restarts the daemons. */
  void configure(LvsSyncDaemon next, StoreSnapshot snap) {
    if (next == null ? config == null : next.equals(config)) {
      follow(snap);
      return;
    }
    stopAll();
    config = next;
    if (config != null) {
      quietStop(Role.MASTER);
      quietStop(Role.BACKUP);
    }
    follow(snap);
  }

  /** The vrrp_instance's state may have changed. */
  void follow(StoreSnapshot snap) {
    if (config == null) {
      return;
    }
    Set<Role> wanted = config.vrrpInstance() == null ? EnumSet.allOf(Role.class)
        : EnumSet.of(instanceState(snap).filter(s -> s == VrrpState.MASTER).isPresent()
            ? Role.MASTER : Role.BACKUP);
    for (Role r : EnumSet.copyOf(running)) {
      if (!wanted.contains(r)) {
        stop(r);
      }
    }
    for (Role r : wanted) {
      if (!running.contains(r)) {
        start(r);
      }
    }
  }

  /** Stops the daemons this engine started. */
  void stopAll() {
    for (Role r : EnumSet.copyOf(running)) {
      stop(r);
    }
  }

  private Optional<VrrpState> instanceState(StoreSnapshot snap) {
    return snap.configs(Tables.VRRP_INSTANCE).entrySet().stream()
        .filter(e -> e.getValue().name().equals(config.vrrpInstance()))
        .findFirst()
        .flatMap(e -> snap.state(Tables.VRRP_INSTANCE, e.getKey()))
        .map(s -> s.state());
  }

  private void start(Role r) {
    IpvsSyncDaemon d = new IpvsSyncDaemon(r, config.interfaceName(), orZero(config.syncId()),
        orZero(config.maxLength()), orZero(config.port()), orZero(config.ttl()), config.group());
    try {
      ipvs.startDaemon(d);
      running.add(r);
    } catch (IpvsException e) {
      LOG.info("IPVS cmd STARTDAEMON error: {}({})", e.getMessage(), e.errno());
    }
  }

  private void stop(Role r) {
    running.remove(r);
    try {
      ipvs.stopDaemon(r);
    } catch (IpvsException e) {
      LOG.info("IPVS cmd STOPDAEMON error: {}({})", e.getMessage(), e.errno());
    }
  }

  private void quietStop(Role r) {
    try {
      ipvs.stopDaemon(r);
    } catch (IpvsException e) {
      LOG.debug("no {} sync daemon to stop: {}", r, e.getMessage());
    }
  }

  private static int orZero(Integer i) {
    return i == null ? 0 : i;
  }
}
