package org.jkeepalived.agent.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import org.jkeepalived.engine.Engine;
import org.jkeepalived.engine.EngineContext;
import org.jkeepalived.engine.EngineFactory;
import org.jkeepalived.engine.EngineHealth;
import org.jkeepalived.engine.EngineStartException;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.store.ObjectStore;

/** Fake engines that write what the host does to them into one shared journal. */
final class FakeEngines {
  final List<String> journal = new ArrayList<>();

  /** Makes {@link FakeEngine}s; each start takes the next queued failure, if any. */
  final class Factory implements EngineFactory {
    private final Subsystem subsystem;
    private final Predicate<KeepalivedConfig> configured;
    final Deque<EngineStartException> startFailures = new ArrayDeque<>();
    final List<FakeEngine> made = new ArrayList<>();

    Factory(Subsystem subsystem, Predicate<KeepalivedConfig> configured) {
      this.subsystem = subsystem;
      this.configured = configured;
    }

    @Override
    public Subsystem subsystem() {
      return subsystem;
    }

    @Override
    public boolean configured(KeepalivedConfig config) {
      return configured.test(config);
    }

    @Override
    public Engine create(ObjectStore store, KeepalivedConfig config) {
      FakeEngine e = new FakeEngine(subsystem.name().toLowerCase() + made.size(),
          startFailures.poll());
      made.add(e);
      return e;
    }

    FakeEngine last() {
      return made.get(made.size() - 1);
    }
  }

  /** An engine that starts (or fails as told), and whose loop failure the test reports. */
  final class FakeEngine implements Engine {
    private final String name;
    private final EngineStartException startFailure;
    EngineContext context;
    boolean running;

    FakeEngine(String name, EngineStartException startFailure) {
      this.name = name;
      this.startFailure = startFailure;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public void start(EngineContext context) throws EngineStartException {
      journal.add("start " + name);
      if (startFailure != null) {
        throw startFailure;
      }
      this.context = context;
      running = true;
    }

    @Override
    public void reloaded(KeepalivedConfig config) {
      journal.add("reloaded " + name);
    }

    @Override
    public void stopping() {
      journal.add("stopping " + name);
    }

    @Override
    public EngineHealth health() {
      return running ? EngineHealth.running(name) : EngineHealth.stopped();
    }

    @Override
    public void close() {
      journal.add("close " + name);
      running = false;
    }

    /** What the engine's loop does when a task fails beyond repair. */
    void failLoop(Throwable cause) {
      context.loopFailed(cause);
    }
  }
}
