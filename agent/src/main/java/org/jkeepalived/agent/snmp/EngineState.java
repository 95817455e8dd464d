package org.jkeepalived.agent.snmp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Properties;
import org.snmp4j.cfg.EngineBootsProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's SNMP engine identity across restarts (RFC 3414 section 2.2): its snmpEngineID,
 * stable per host, and its snmpEngineBoots, which grows by one at every start. Both persist in a
 * small properties file (written atomically); without a file they live in memory.
 */
public final class EngineState implements EngineBootsProvider {
  private static final Logger LOG = LoggerFactory.getLogger(EngineState.class);
  /** RFC 3414 section 2.2.2: snmpEngineBoots stops at 2^31-1. */
  private static final int MAX_BOOTS = Integer.MAX_VALUE;
  /** Enterprise number in engine IDs: keepalived's (Debian, 9586), RFC 3411 format bit set. */
  private static final byte[] ENTERPRISE = {(byte) 0x80, 0x00, 0x25, 0x72};

  private final Path file;
  private final byte[] engineId;
  private int boots;

  private EngineState(Path file, byte[] engineId, int boots) {
    this.file = file;
    this.engineId = engineId;
    this.boots = boots;
  }

  /**
   * Reads the persisted state. The engine ID is {@code configured} if given, else the persisted
   * one, else derived from the host name (RFC 3411 format 4, text).
   */
  public static EngineState load(Path file, byte[] configured) {
    byte[] persistedId = null;
    int boots = 0;
    if (file != null && Files.exists(file)) {
      Properties p = new Properties();
      try (var in = Files.newInputStream(file)) {
        p.load(in);
        String id = p.getProperty("engineId");
        persistedId = id == null ? null : HexFormat.of().parseHex(id);
        boots = Integer.parseInt(p.getProperty("engineBoots", "0").trim());
      } catch (IOException | IllegalArgumentException e) {
        LOG.warn("SNMP engine state {} is unreadable ({}); starting afresh", file, e.toString());
      }
    }
    byte[] id = configured != null ? configured : persistedId != null ? persistedId : hostId();
    return new EngineState(file, id, Math.max(boots, 0));
  }

  static byte[] hostId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    byte[] text = host.getBytes(StandardCharsets.UTF_8);
    // RFC 3411: at most 32 octets, 5 of them the enterprise and format.
    byte[] id = Arrays.copyOf(ENTERPRISE, 5 + Math.min(text.length, 27));
    id[4] = 4;
    System.arraycopy(text, 0, id, 5, id.length - 5);
    return id;
  }

  public byte[] engineId() {
    return engineId.clone();
  }

  @Override
  public synchronized int updateEngineBoots() {
    if (boots < MAX_BOOTS) {
      boots++;
    }
    save();
    return boots;
  }

  @Override
  public synchronized int getEngineBoots() {
    return boots;
  }

  private void save() {
    if (file == null) {
      return;
    }
    Properties p = new Properties();
    p.setProperty("engineId", HexFormat.of().formatHex(engineId));
    p.setProperty("engineBoots", Integer.toString(boots));
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".snmp-engine", ".tmp");
      try (var out = Files.newOutputStream(tmp)) {
        p.store(out, "jkeepalived SNMP engine state (RFC 3414 snmpEngineBoots)");
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save SNMP engine state to " + file, e);
    }
  }
}
