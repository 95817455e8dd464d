package org.jkeepalived.conf.kw.vrrp;

import java.time.Duration;
import org.jkeepalived.conf.diag.Location;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.jkeepalived.mibs.config.VrrpScriptConfig;

/** A vrrp_script while read; {@code end} is where keepalived reports a missing script. */
public final class ScriptBuilder {
  public final String name;
  public final Location location;
  public Location end;
  public ScriptSpec script;
  public String user;
  public String group;
  public Duration interval = Duration.ofSeconds(1);
  public Duration timeout;
  public int weight;
  public boolean reverse;
  public int rise = 1;
  public int fall = 1;
  public boolean initFail;

  public ScriptBuilder(String name, Location location) {
    this.name = name;
    this.location = location;
  }

  public VrrpScriptConfig build() {
    ScriptSpec s =
        user == null ? script : new ScriptSpec(script.command(), user, group);
    return new VrrpScriptConfig(
        name, s, interval, timeout != null ? timeout : interval, weight, reverse, rise, fall,
        initFail);
  }
}
