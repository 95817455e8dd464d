package org.jkeepalived.agent.vrrp;

import org.jkeepalived.engine.Engine;
import org.jkeepalived.engine.EngineFactory;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.store.ObjectStore;

/** Makes the VRRP engine ({@link VrrpService}); it has work once there is a vrrp_instance. */
public final class VrrpEngineFactory implements EngineFactory {
  @Override
  public Subsystem subsystem() {
    return Subsystem.VRRP;
  }

  @Override
  public boolean configured(KeepalivedConfig config) {
    return !config.vrrpInstances().isEmpty();
  }

  @Override
  public Engine create(ObjectStore store, KeepalivedConfig config) {
    return new VrrpService(store, config);
  }
}
