package org.jkeepalived.agent.snmp;

import java.util.Locale;
import java.util.function.Supplier;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.PrivAES192;
import org.snmp4j.security.PrivAES256;
import org.snmp4j.security.PrivacyProtocol;
import org.snmp4j.smi.OID;

/**
 * USM privacy protocols we accept: AES-128 (RFC 3826) and the AES-192/256 extensions; DES is
 * refused. Note that net-snmp's {@code -x AES192/AES256} key extension must match the peer's.
 */
public enum PrivProtocol {
  AES128("AES", PrivAES128.ID, PrivAES128::new),
  AES192("AES-192", PrivAES192.ID, PrivAES192::new),
  AES256("AES-256", PrivAES256.ID, PrivAES256::new);

  private final String label;
  private final OID oid;
  private final Supplier<PrivacyProtocol> implementation;

  PrivProtocol(String label, OID oid, Supplier<PrivacyProtocol> implementation) {
    this.label = label;
    this.oid = oid;
    this.implementation = implementation;
  }

  public String label() {
    return label;
  }

  OID oid() {
    return oid;
  }

  /** SNMP4J's implementation, for registering in the USM's SecurityProtocols. */
  PrivacyProtocol implementation() {
    return implementation.get();
  }

  /** Parses AES, AES128, AES-128, AES192, AES-192, AES256, AES-256. */
  public static PrivProtocol parse(String text) throws SettingsException {
    String t = text.trim().toUpperCase(Locale.ROOT).replace("-", "");
    switch (t) {
      case "AES", "AES128":
        return AES128;
      case "AES192":
        return AES192;
      case "AES256":
        return AES256;
      default:
        throw new SettingsException(
            "unsupported privacy protocol '" + text
                + "' (use AES, AES-192 or AES-256; DES is not supported)");
    }
  }
}
