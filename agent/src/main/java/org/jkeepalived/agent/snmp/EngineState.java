package org.jkeepalived.agent.snmp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Properties;
import org.snmp4j.cfg.EngineBootsProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's SNMP engine identity across restarts (RFC 3414 section 2.2): its snmpEngineID,
 * unique per engine (RFC 3411 section 5) and generated once, and its snmpEngineBoots, which grows
 * by one at every start. Both persist in a small properties file (written atomically); without a
 * file they live in memory.
 */
public final class EngineState implements EngineBootsProvider {
  private static final Logger LOG = LoggerFactory.getLogger(EngineState.class);
  /** RFC 3414 section 2.2.2: snmpEngineBoots stops at 2^31-1. */
  private static final int MAX_BOOTS = Integer.MAX_VALUE;
  /** Enterprise number in engine IDs: keepalived's (Debian, 9586), RFC 3411 format bit set. */
  private static final byte[] ENTERPRISE = {(byte) 0x80, 0x00, 0x25, 0x72};
  /** RFC 3411 SnmpEngineID format 5: octets, administratively assigned. */
  private static final byte FORMAT_OCTETS = 5;
  /** Random octets after the enterprise and format: 96 bits, no collision in any domain. */
  private static final int RANDOM_OCTETS = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

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
   * one, else a new random one ({@link #newEngineId}), persisted at once. Never asks the resolver:
   * host names are neither unique (both nodes of a pair may share one) nor quick to look up.
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
    byte[] id = configured != null ? configured : persistedId;
    EngineState state =
        new EngineState(file, id != null ? id : newEngineId(), Math.max(boots, 0));
    if (!Arrays.equals(state.engineId, persistedId)) {
      synchronized (state) {
        state.save();
      }
    }
    return state;
  }

  /**
   * A new engine ID (RFC 3411 section 5): keepalived's enterprise, format 5 (octets), then
   * {@value #RANDOM_OCTETS} random octets, 17 octets in all.
   */
  static byte[] newEngineId() {
    byte[] id = Arrays.copyOf(ENTERPRISE, ENTERPRISE.length + 1 + RANDOM_OCTETS);
    id[ENTERPRISE.length] = FORMAT_OCTETS;
    byte[] random = new byte[RANDOM_OCTETS];
    RANDOM.nextBytes(random);
    System.arraycopy(random, 0, id, ENTERPRISE.length + 1, RANDOM_OCTETS);
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
