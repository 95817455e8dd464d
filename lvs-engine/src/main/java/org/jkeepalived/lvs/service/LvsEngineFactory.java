package org.jkeepalived.lvs.service;

import java.util.Objects;
import java.util.function.BiFunction;
import org.jkeepalived.engine.Engine;
import org.jkeepalived.engine.EngineFactory;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.store.ObjectStore;

/**
 * Makes the LVS engine ({@link LvsEngine}): keepalived's checker subsystem ({@code -C}), which
 * has work once there is a virtual_server.
 */
public final class LvsEngineFactory implements EngineFactory {
  private final BiFunction<ObjectStore, KeepalivedConfig, LvsPorts> ports;
  private final KernelHandover handover = new KernelHandover();

  public LvsEngineFactory(LvsPorts ports) {
    Objects.requireNonNull(ports);
    this.ports = (store, config) -> ports;
  }

  /** Ports made for each engine from its store (BFD_CHECK reads it) and configuration. */
  public LvsEngineFactory(BiFunction<ObjectStore, KeepalivedConfig, LvsPorts> ports) {
    this.ports = Objects.requireNonNull(ports);
  }

  @Override
  public Subsystem subsystem() {
    return Subsystem.CHECKER;
  }

  @Override
  public boolean configured(KeepalivedConfig config) {
    return config.lvs() != null && !config.lvs().virtualServers().isEmpty();
  }

  @Override
  public Engine create(ObjectStore store, KeepalivedConfig config) {
    return new LvsEngine(store, config, ports.apply(store, config), handover);
  }
}
