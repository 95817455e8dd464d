package org.jkeepalived.bfd.service;

import java.util.random.RandomGenerator;
import org.jkeepalived.engine.Engine;
import org.jkeepalived.engine.EngineFactory;
import org.jkeepalived.engine.loop.ThreadTuning;
import org.jkeepalived.linux.udp.NativeUdpSocket;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.store.ObjectStore;

/**
 * Makes the BFD engine on the kernel's UDP sockets; it has work once there is a bfd_instance.
 * {@code -B, --no_bfd} keeps it from running (the host's engine selection).
 */
public final class BfdEngineFactory implements EngineFactory {
  @Override
  public Subsystem subsystem() {
    return Subsystem.BFD;
  }

  @Override
  public boolean configured(KeepalivedConfig config) {
    return !config.bfdInstances().isEmpty();
  }

  @Override
  public Engine create(ObjectStore store, KeepalivedConfig config) {
    // discriminators and jitter need no cryptographic strength, only independence per session
    return new BfdEngine(store, NativeUdpSocket::open, RandomGenerator.of("L64X128MixRandom"),
        new ThreadTuning("bfd", config.global().bfdProcess()));
  }
}
