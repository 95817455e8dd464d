package org.jkeepalived.conf.pre;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * What the preprocessor needs from the command line and the host.
 *
 * @param configId the config-id that {@code @ID} and {@code @^ID} lines are compared with
 *     (keepalived {@code -i}); by default the host name up to its first dot
 * @param instanceName the value of {@code ${_INSTANCE}}; keepalived 2.2.7 gives it the config-id
 * @param random the source for {@code ${_RANDOM}}; inject a seeded one in tests
 */
public record PreprocessOptions(String configId, String instanceName, RandomGenerator random) {

  public PreprocessOptions {
    Objects.requireNonNull(configId, "configId");
    Objects.requireNonNull(instanceName, "instanceName");
    Objects.requireNonNull(random, "random");
  }

  /** Options as keepalived starts without {@code -i}: config-id from the host name. */
  public static PreprocessOptions defaults() {
    return forConfigId(hostConfigId());
  }

  /** Options as keepalived {@code -i ID} sets them ({@code ${_INSTANCE}} is the config-id). */
  public static PreprocessOptions forConfigId(String configId) {
    return new PreprocessOptions(configId, configId, new Random());
  }

  /** A copy with another random source. */
  public PreprocessOptions withRandom(RandomGenerator newRandom) {
    return new PreprocessOptions(configId, instanceName, newRandom);
  }

  /** The node name up to the first dot, as keepalived takes it from uname. */
  static String hostConfigId() {
    String name;
    try {
      // uname's nodename, without a DNS lookup
      name = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
    } catch (IOException | RuntimeException e) {
      name = System.getenv().getOrDefault("HOSTNAME", "localhost");
    }
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
