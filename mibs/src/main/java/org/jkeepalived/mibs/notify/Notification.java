package org.jkeepalived.mibs.notify;

import java.util.List;
import org.jkeepalived.mibs.oid.Oid;
import org.jkeepalived.mibs.smi.SmiType;

/** A notification to send: its snmpTrapOID and varbinds in keepalived's order. */
public record Notification(Oid trapOid, List<Varbind> varbinds) {
  public Notification {
    varbinds = List.copyOf(varbinds);
  }

  /** One variable binding; values use the Java types {@link SmiType} documents. */
  public record Varbind(Oid oid, SmiType type, Object value) {}
}
