package org.jkeepalived.agent.snmp.service;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import org.jkeepalived.mibs.config.GlobalDefs;
import org.jkeepalived.mibs.config.KeepalivedConfig;

/**
 * Which SNMP subtrees run, from {@code -x} and global_defs. keepalived 2.2.7 (global_data.c) turns
 * on every enable_snmp_* switch when {@code -x} is given, so with {@code -x} the configuration the
 * store holds says so too (and notification gates, dumps and the MIB agree); enable_traps stays
 * as configured. The agent runs when any subtree is enabled.
 */
public final class SnmpSwitches {
  private SnmpSwitches() {}

  /** The configuration as the daemon runs it: with {@code -x}, every SNMP subtree enabled. */
  public static KeepalivedConfig applyOption(KeepalivedConfig config, boolean snmpOption) {
    GlobalDefs.Snmp s = config.global().snmp();
    if (!snmpOption || (s.vrrp() && s.checker() && s.rfcV2() && s.rfcV3())) {
      return config;
    }
    GlobalDefs.Snmp all = new GlobalDefs.Snmp(s.socket(), true, true, true, true, s.traps());
    GlobalDefs global = copyWith(config.global(), "snmp", all);
    return copyWith(config, "global", global);
  }

  /** Whether the agent runs at all: some subtree enabled. */
  public static boolean agentWanted(KeepalivedConfig config) {
    GlobalDefs.Snmp s = config.global().snmp();
    return s.vrrp() || s.checker() || s.rfcV2() || s.rfcV3();
  }

  /**
   * A copy of a record with one component replaced, through the canonical constructor (so the
   * record's own checks run and new components need no change here).
   */
  static <R extends Record> R copyWith(R record, String component, Object value) {
    RecordComponent[] parts = record.getClass().getRecordComponents();
    Class<?>[] types = new Class<?>[parts.length];
    Object[] args = new Object[parts.length];
    boolean found = false;
    try {
      for (int i = 0; i < parts.length; i++) {
        types[i] = parts[i].getType();
        if (parts[i].getName().equals(component)) {
          args[i] = value;
          found = true;
        } else {
          args[i] = parts[i].getAccessor().invoke(record);
        }
      }
      if (!found) {
        throw new IllegalArgumentException(record.getClass() + " has no component " + component);
      }
      @SuppressWarnings("unchecked")
      Constructor<R> c = (Constructor<R>) record.getClass().getDeclaredConstructor(types);
      return c.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
    }
  }
}
