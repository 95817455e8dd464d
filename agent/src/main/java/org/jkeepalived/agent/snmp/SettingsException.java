package org.jkeepalived.agent.snmp;

/**
 * An invalid SNMP agent setting. The message is meant for the operator as it stands (it names the
 * option or file key and what is wrong), so callers print it without a stack trace.
 */
public final class SettingsException extends Exception {
  private static final long serialVersionUID = 1L;

  public SettingsException(String message) {
    super(message);
  }
}
