package org.jkeepalived.mibs.config;

import java.time.Duration;

/**
 * A vrrp_script: the check to run, how often, when it has failed, and the weight it gives the
 * instances tracking it. Defaults: interval 1 s, timeout = interval, weight 0, rise 1, fall 1.
 */
public record VrrpScriptConfig(
    String name,
    ScriptSpec script,
    Duration interval,
    Duration timeout,
    int weight,
    boolean reverse,
    int rise,
    int fall,
    boolean initFail) {}
