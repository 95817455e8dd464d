package org.jkeepalived.conf.kw;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jkeepalived.mibs.config.DaemonOptions;
import org.jkeepalived.mibs.config.LvsConfig;
import org.jkeepalived.mibs.config.ScriptSpec;

/**
 * Everything read from a configuration, while it is read and corrected. Sections that are not
 * part of the core tables keep their own builders in {@link #extension}.
 */
public final class RootBuilder {
  public String netNamespace;
  public String netNamespaceIpvs;
  public boolean namespaceWithIpsets;
  public String instance;
  public boolean usePidDir;
  public boolean linkbeatUsePolling;
  public Duration childWaitTime = Duration.ofSeconds(5);
  public final GlobalDefsBuilder global = new GlobalDefsBuilder();
  public final VrrpBuilders vrrp = new VrrpBuilders();
  public LvsConfig lvs = LvsConfig.EMPTY;
  /** Scripts other sections will run (e.g. MISC_CHECK), for the script-security check. */
  public final java.util.List<ScriptSpec> otherScripts =
      new java.util.ArrayList<>();
  private final Map<Class<?>, Object> extensions = new HashMap<>();

  /** The extension builder of this type, created on first use. */
  public <T> T extension(Class<T> type, Supplier<T> create) {
    return type.cast(extensions.computeIfAbsent(type, k -> create.get()));
  }

  public DaemonOptions daemonOptions() {
    return new DaemonOptions(
        netNamespace, netNamespaceIpvs, namespaceWithIpsets, instance, usePidDir,
        linkbeatUsePolling, childWaitTime);
  }
}
