package org.jkeepalived.agent.snmp.service;

import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.agent.cli.Options;
import org.jkeepalived.agent.snmp.AgentSettings;
import org.jkeepalived.agent.snmp.AgentSettingsLoader;
import org.jkeepalived.agent.snmp.SettingsException;

/** The agent settings from the parsed command line's {@code --snmp-*} options. */
public final class SnmpArgs {
  private SnmpArgs() {}

  /** The {@code --snmp-*} options as arguments for {@link AgentSettingsLoader#load}. */
  public static List<String> of(Options o) {
    List<String> args = new ArrayList<>();
    add(args, "--snmp-config", o.snmpConfig == null ? null : o.snmpConfig.toString());
    add(args, "--snmp-listen", o.snmpListen);
    add(args, "--snmp-community", o.snmpCommunity);
    add(args, "--snmp-write-community", o.snmpWriteCommunity);
    for (String sink : o.snmpTrapSinks) {
      add(args, "--snmp-trap-sink", sink);
    }
    return args;
  }

  /** The settings; a bad option or settings file is a {@link SettingsException}. */
  public static AgentSettings load(Options o) throws SettingsException {
    return AgentSettingsLoader.load(of(o));
  }

  private static void add(List<String> args, String name, String value) {
    if (value != null) {
      args.add(name + "=" + value);
    }
  }
}
