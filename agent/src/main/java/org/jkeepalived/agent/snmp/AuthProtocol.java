package org.jkeepalived.agent.snmp;

import java.util.Locale;
import java.util.function.Supplier;
import org.snmp4j.security.AuthHMAC128SHA224;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthHMAC256SHA384;
import org.snmp4j.security.AuthHMAC384SHA512;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.AuthenticationProtocol;
import org.snmp4j.smi.OID;

/** USM authentication protocols we accept (RFC 3414 SHA-1, RFC 7860 SHA-2); MD5 is refused. */
public enum AuthProtocol {
  SHA("SHA", AuthSHA.ID, AuthSHA::new),
  SHA_224("SHA-224", AuthHMAC128SHA224.ID, AuthHMAC128SHA224::new),
  SHA_256("SHA-256", AuthHMAC192SHA256.ID, AuthHMAC192SHA256::new),
  SHA_384("SHA-384", AuthHMAC256SHA384.ID, AuthHMAC256SHA384::new),
  SHA_512("SHA-512", AuthHMAC384SHA512.ID, AuthHMAC384SHA512::new);

  private final String label;
  private final OID oid;
  private final Supplier<AuthenticationProtocol> implementation;

  AuthProtocol(String label, OID oid, Supplier<AuthenticationProtocol> implementation) {
    this.label = label;
    this.oid = oid;
    this.implementation = implementation;
  }

  /** The net-snmp spelling ({@code snmpget -a SHA-256}). */
  public String label() {
    return label;
  }

  OID oid() {
    return oid;
  }

  /**
   * SNMP4J's implementation, for registering in the USM's SecurityProtocols: SNMP4J 3.x leaves
   * SHA-1 (and MD5) out of its default set, so a SHA user's requests found no protocol.
   */
  AuthenticationProtocol implementation() {
    return implementation.get();
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
