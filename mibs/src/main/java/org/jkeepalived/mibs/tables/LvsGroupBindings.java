package org.jkeepalived.mibs.tables;

import static org.jkeepalived.mibs.smi.SmiType.INTEGER;
import static org.jkeepalived.mibs.smi.SmiType.OCTET_STRING;
import static org.jkeepalived.mibs.smi.SmiType.UNSIGNED32;
import static org.jkeepalived.mibs.tables.MibValues.code;
import static org.jkeepalived.mibs.tables.MibValues.inetType;
import static org.jkeepalived.mibs.tables.MibValues.octets;

import org.jkeepalived.mibs.config.lvs.VirtualServerGroup;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VirtualServerGroupMemberRow;
import org.jkeepalived.mibs.model.VirtualServerGroupMemberRow.Kind;
import org.jkeepalived.mibs.oid.KeepalivedCheckMib;
import org.jkeepalived.mibs.smi.TableSchema;

/** KEEPALIVED-MIB virtualServerGroupTable and virtualServerGroupMemberTable. */
final class LvsGroupBindings {
  private LvsGroupBindings() {}

  static TableSchema<VirtualServerGroup, Void> group() {
    Cols<VirtualServerGroup, Void> c = new Cols<>();
    c.index(1, "virtualServerGroupIndex", INTEGER)
        .cfg(2, "virtualServerGroupName", OCTET_STRING, VirtualServerGroup::name);
    return VrrpObjectBindings.schema(Tables.VIRTUAL_SERVER_GROUP, KeepalivedCheckMib.virtualServerGroupEntry, c);
  }

  /**
   * Members as check_snmp.c shows them: the mark only for fwmarks; the address for single
   * addresses; the first and last address for ranges; the port for all but fwmarks.
   */
  static TableSchema<VirtualServerGroupMemberRow, Void> member() {
    Cols<VirtualServerGroupMemberRow, Void> c = new Cols<>();
    c.index(1, "virtualServerGroupMemberIndex", INTEGER)
        .cfg(2, "virtualServerGroupMemberType", INTEGER, m -> code(m.kind()))
        .cfg(3, "virtualServerGroupMemberFwMark", UNSIGNED32, m -> m.kind() == Kind.FWMARK ? m.fwmark() : null)
        .cfg(4, "virtualServerGroupMemberAddrType", INTEGER, m -> inetType(m.first()))
        .cfg(5, "virtualServerGroupMemberAddress", OCTET_STRING, m -> m.kind() == Kind.IP ? octets(m.first()) : null)
        .cfg(6, "virtualServerGroupMemberAddr1", OCTET_STRING,
            m -> m.kind() == Kind.IPRANGE ? octets(m.first()) : null)
        .cfg(7, "virtualServerGroupMemberAddr2", OCTET_STRING,
            m -> m.kind() == Kind.IPRANGE ? octets(m.last()) : null)
        .cfg(8, "virtualServerGroupMemberPort", UNSIGNED32, m -> m.kind() == Kind.FWMARK ? null : (long) m.port());
    return VrrpObjectBindings.schema(
        Tables.VIRTUAL_SERVER_GROUP_MEMBER, KeepalivedCheckMib.virtualServerGroupMemberEntry, c);
  }
}
