package org.jkeepalived.agent.snmp;

import java.io.IOException;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Snmp;
import org.snmp4j.Target;
import org.snmp4j.UserTarget;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/** An SNMP4J manager for tests: v1/v2c with a community, v3 authPriv SHA-256 + AES-128. */
final class TestClient implements AutoCloseable {
  private final Snmp snmp;
  private final UdpAddress agent;
  private final USM usm;

  TestClient(int agentPort) throws IOException {
    this.agent = new UdpAddress("127.0.0.1/" + agentPort);
    this.snmp = new Snmp(new DefaultUdpTransportMapping());
    this.usm =
        new USM(
            SecurityProtocols.getInstance().addDefaultProtocols(),
            new OctetString(MPv3.createLocalEngineID()),
            0);
    // Each client its own security models, so tests do not share USM state through statics.
    SecurityModels models = new SecurityModels();
    models.addSecurityModel(usm);
    ((MPv3) snmp.getMessageDispatcher().getMessageProcessingModel(MPv3.ID))
        .setSecurityModels(models);
    snmp.listen();
  }

  void addUser(String name, String authPass, String privPass) {
    usm.addUser(
        new UsmUser(
            new OctetString(name),
            AuthHMAC192SHA256.ID,
            new OctetString(authPass),
            PrivAES128.ID,
            new OctetString(privPass)));
  }

  Target<UdpAddress> community(int version, String community) {
    CommunityTarget<UdpAddress> t = new CommunityTarget<>(agent, new OctetString(community));
    t.setVersion(version);
    t.setTimeout(1000);
    t.setRetries(0);
    return t;
  }

  Target<UdpAddress> user(String name) {
    UserTarget<UdpAddress> t = new UserTarget<>();
    t.setAddress(agent);
    t.setVersion(SnmpConstants.version3);
    t.setSecurityLevel(SecurityLevel.AUTH_PRIV);
    t.setSecurityName(new OctetString(name));
    t.setTimeout(2000);
    t.setRetries(1);
    return t;
  }

  /** Sends a request; returns the response PDU or null on timeout. */
  PDU send(Target<UdpAddress> target, int type, VariableBinding... vbs) throws IOException {
    PDU pdu = target.getVersion() == SnmpConstants.version3 ? new ScopedPDU() : new PDU();
    pdu.setType(type);
    for (VariableBinding vb : vbs) {
      pdu.add(vb);
    }
    ResponseEvent<UdpAddress> e = snmp.send(pdu, target);
    return e.getResponse();
  }

  PDU get(Target<UdpAddress> target, String... oids) throws IOException {
    VariableBinding[] vbs = new VariableBinding[oids.length];
    for (int i = 0; i < oids.length; i++) {
      vbs[i] = new VariableBinding(new OID(oids[i]));
    }
    return send(target, PDU.GET, vbs);
  }

  PDU getNext(Target<UdpAddress> target, String oid) throws IOException {
    return send(target, PDU.GETNEXT, new VariableBinding(new OID(oid)));
  }

  PDU set(Target<UdpAddress> target, String oid, Variable value) throws IOException {
    return send(target, PDU.SET, new VariableBinding(new OID(oid), value));
  }

  PDU bulk(Target<UdpAddress> target, String oid, int maxRepetitions) throws IOException {
    PDU pdu = new PDU();
    pdu.setType(PDU.GETBULK);
    pdu.setMaxRepetitions(maxRepetitions);
    pdu.setNonRepeaters(0);
    pdu.add(new VariableBinding(new OID(oid)));
    return snmp.send(pdu, target).getResponse();
  }

  @Override
  public void close() throws IOException {
    snmp.close();
  }
}
