package org.jkeepalived.vrrp.service;

import java.io.IOException;
import java.util.Map;
import org.jkeepalived.engine.store.Reconciler;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.store.Index;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a vrrpInstanceTable row change does to a running instance, for the kit's {@link
 * Reconciler}: a new row starts an instance, a changed one updates it in place where it can (an
 * instance waiting for its interface, or given another VMAC, starts afresh), a removed one stops.
 */
final class InstanceRowHandler
    implements Reconciler.Handler<String, Map.Entry<Index, VrrpInstanceConfig>, InstanceRuntime> {
  /** The engine's logger: the lines read as they did when this was part of the engine. */
  private static final Logger LOG = LoggerFactory.getLogger(VrrpEngine.class);
  private final VrrpEngine engine;

  InstanceRowHandler(VrrpEngine engine) {
    this.engine = engine;
  }

  @Override
  public InstanceRuntime create(String name, Map.Entry<Index, VrrpInstanceConfig> e)
      throws IOException {
    return engine.create(e.getKey(), e.getValue());
  }

  @Override
  public InstanceRuntime update(String name, InstanceRuntime r,
      Map.Entry<Index, VrrpInstanceConfig> e) throws IOException {
    if (r.engine() == null) {
      engine.instances().remove(name); // waiting for its interface: start afresh from the new row
      return engine.create(e.getKey(), e.getValue());
    }
    if (engine.vmacChanged(r.row(), e.getValue())) {
      engine.remove(engine.instances().remove(name)); // a new VMAC: the instance starts again
      return engine.create(e.getKey(), e.getValue());
    }
    if (!r.row().equals(e.getValue())) {
      try {
        engine.update(r, e.getValue());
      } catch (IOException | RuntimeException ex) {
        failed(name, ex); // the instance stays, as it is
      }
    }
    return r;
  }

  @Override
  public void remove(String name, InstanceRuntime r) {
    engine.remove(r);
  }

  @Override
  public void failed(String name, Exception cause) {
    LOG.error("({}) cannot run instance: {}", name, cause.getMessage());
  }
}
