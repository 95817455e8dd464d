package org.jkeepalived.conf.kw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeepalived.conf.kw.vrrp.BfdBuilder;
import org.jkeepalived.conf.kw.vrrp.GarpGroupBuilder;
import org.jkeepalived.conf.kw.vrrp.RuleGrammar;
import org.jkeepalived.conf.kw.vrrp.ScriptBuilder;
import org.jkeepalived.conf.kw.vrrp.StaticBuilder;
import org.jkeepalived.conf.kw.vrrp.SyncGroupBuilder;
import org.jkeepalived.conf.kw.vrrp.TrackFileBuilder;
import org.jkeepalived.conf.kw.vrrp.TrackProcessBuilder;
import org.jkeepalived.conf.kw.vrrp.VrrpInstanceBuilder;

/**
 * The VRRP-side blocks collected while reading, in file order. Named objects are keyed by name
 * (a later block of the same name replaces the earlier one, as in keepalived).
 */
public final class VrrpBuilders {
  public final List<VrrpInstanceBuilder> instances = new ArrayList<>();
  /** Names already used by a vrrp_instance (a second block of the same name is refused). */
  public final java.util.Set<String> instanceNames = new java.util.HashSet<>();
  public final List<SyncGroupBuilder> syncGroups = new ArrayList<>();
  public final Map<String, ScriptBuilder> scripts = new LinkedHashMap<>();
  public final Map<String, TrackFileBuilder> trackFiles = new LinkedHashMap<>();
  public final Map<String, TrackProcessBuilder> trackProcesses = new LinkedHashMap<>();
  public final Map<String, BfdBuilder> bfds = new LinkedHashMap<>();
  public final List<GarpGroupBuilder> garpGroups = new ArrayList<>();
  public final StaticBuilder statics = new StaticBuilder();
  public final RuleGrammar.PreferenceCounter rulePreferences = new RuleGrammar.PreferenceCounter();
}
