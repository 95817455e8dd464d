package org.jkeepalived.mibs.config;

import java.util.List;
import java.util.Map;

/**
 * A whole parsed and corrected keepalived configuration. Built in one place (the parser's check
 * step), so new parts are added as new components without touching other code. Maps keep file
 * order (the engines number rows in that order).
 */
public record KeepalivedConfig(
    DaemonOptions daemon,
    GlobalDefs global,
    Map<String, VrrpScriptConfig> vrrpScripts,
    Map<String, TrackFileConfig> trackFiles,
    Map<String, TrackProcessConfig> trackProcesses,
    Map<String, BfdInstanceConfig> bfdInstances,
    List<VrrpInstanceConfig> vrrpInstances,
    List<VrrpSyncGroupConfig> syncGroups,
    List<GarpGroupConfig> garpGroups,
    StaticConfig statics,
    LvsConfig lvs) {
  public KeepalivedConfig {
    vrrpScripts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vrrpScripts));
    trackFiles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(trackFiles));
    trackProcesses =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(trackProcesses));
    bfdInstances = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bfdInstances));
    vrrpInstances = List.copyOf(vrrpInstances);
    syncGroups = List.copyOf(syncGroups);
    garpGroups = List.copyOf(garpGroups);
  }
}
