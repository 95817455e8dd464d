package org.jkeepalived.agent.snmp;

import java.util.Locale;
import org.snmp4j.security.AuthHMAC128SHA224;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthHMAC256SHA384;
import org.snmp4j.security.AuthHMAC384SHA512;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.smi.OID;

/** USM authentication protocols we accept (RFC 3414 SHA-1, RFC 7860 SHA-2); MD5 is refused. */
public enum AuthProtocol {
  SHA("SHA", AuthSHA.ID),
  SHA_224("SHA-224", AuthHMAC128SHA224.ID),
  SHA_256("SHA-256", AuthHMAC192SHA256.ID),
  SHA_384("SHA-384", AuthHMAC256SHA384.ID),
  SHA_512("SHA-512", AuthHMAC384SHA512.ID);

  private final String label;
  private final OID oid;

  AuthProtocol(String label, OID oid) {
    this.label = label;
    this.oid = oid;
  }

  /** The net-snmp spelling ({@code snmpget -a SHA-256}). */
  public String label() {
    return label;
  }

  OID oid() {
    return oid;
  }

  /** Parses the net-snmp spellings: SHA, SHA1, SHA-1, SHA-224 ... SHA-512 (dash optional). */
  public static AuthProtocol parse(String text) throws SettingsException {
    String t = text.trim().toUpperCase(Locale.ROOT).replace("-", "");
    switch (t) {
      case "SHA", "SHA1":
        return SHA;
      case "SHA224":
        return SHA_224;
      case "SHA256":
        return SHA_256;
      case "SHA384":
        return SHA_384;
      case "SHA512":
        return SHA_512;
      default:
        throw new SettingsException(
            "unsupported authentication protocol '" + text
                + "' (use SHA, SHA-224, SHA-256, SHA-384 or SHA-512; MD5 is not supported)");
    }
  }
}
