package org.jkeepalived.agent.snmp;

import java.nio.ByteBuffer;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.TransportMapping;
import org.snmp4j.TransportStateReference;
import org.snmp4j.event.CounterEvent;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Address;

/**
 * SNMP4J's dispatcher with every undecodable datagram counted in snmpInASNParseErrs (RFC 3418:
 * "ASN.1 or BER errors encountered ... when decoding received SNMP messages"). SNMP4J counts a
 * message that is not a SEQUENCE but only logs one whose outer length is malformed or runs past
 * the datagram; those are caught here, counted and dropped before decoding.
 */
final class CountingDispatcher extends MessageDispatcherImpl {
  private static final int SEQUENCE = 0x30;
  private final DecodeProblems problems = new DecodeProblems(System::nanoTime);

  @Override
  public <A extends Address> void processMessage(
      TransportMapping<? super A> transport,
      A from,
      ByteBuffer message,
      TransportStateReference state) {
    if (!outerSequenceFits(message)) {
      fireIncrementCounter(new CounterEvent(this, SnmpConstants.snmpInASNParseErrs));
      DecodeProblems.Scope s = new DecodeProblems.Scope();
      s.first = "not a BER SEQUENCE of the datagram's length";
      problems.report(from, s);
      return;
    }
    DecodeProblems.Scope s = DecodeProblems.open();
    try {
      super.processMessage(transport, from, message, state);
    } finally {
      DecodeProblems.close();
    }
    if (s.parseError && !s.parseErrorCounted) {
      fireIncrementCounter(new CounterEvent(this, SnmpConstants.snmpInASNParseErrs));
    }
    problems.report(from, s);
  }

  /**
   * While a datagram is decoded, a BER decoding error SNMP4J counts as snmpInvalidMsgs (its
   * dispatcher's IOException path) is counted as what RFC 3418 calls it: snmpInASNParseErrs.
   */
  @Override
  public void fireIncrementCounter(CounterEvent event) {
    DecodeProblems.Scope s = DecodeProblems.current();
    if (s != null && s.parseError) {
      if (SnmpConstants.snmpInvalidMsgs.equals(event.getOid())) {
        event = new CounterEvent(event.getSource(), SnmpConstants.snmpInASNParseErrs);
      }
      if (SnmpConstants.snmpInASNParseErrs.equals(event.getOid())) {
        s.parseErrorCounted = true;
      }
    }
    super.fireIncrementCounter(event);
  }

  /**
   * Whether the datagram starts with a SEQUENCE header in definite form (X.690 section 8.1.3,
   * at most 4 length octets) whose contents lie inside the datagram. Reads without moving the
   * buffer's position.
   */
  static boolean outerSequenceFits(ByteBuffer b) {
    int p = b.position();
    int end = b.limit();
    if (end - p < 2 || (b.get(p) & 0xff) != SEQUENCE) {
      return false;
    }
    int first = b.get(p + 1) & 0xff;
    int header = 2;
    long length;
    if (first < 0x80) {
      length = first;
    } else {
      int octets = first & 0x7f;
      if (octets == 0 || octets > 4 || end - p < 2 + octets) {
        return false; // indefinite form, or a length no SNMP message can have
      }
      length = 0;
      for (int i = 0; i < octets; i++) {
        length = (length << 8) | (b.get(p + 2 + i) & 0xff);
      }
      header += octets;
    }
    return header + length <= end - p;
  }
}
