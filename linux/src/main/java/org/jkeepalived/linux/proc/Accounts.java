package org.jkeepalived.linux.proc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * User and group names from {@code /etc/passwd} and {@code /etc/group}, as keepalived resolves a
 * script's {@code user [group]} with getpwnam/getgrnam. Only the local files are read (no NSS
 * modules such as LDAP); that is what a Debian host has by default.
 */
public final class Accounts {
  /** The user keepalived runs scripts as by default when it exists. */
  public static final String DEFAULT_SCRIPT_USER = "keepalived_script";

  private final Map<String, RunAs> users;
  private final Map<String, Integer> groups;

  private Accounts(Map<String, RunAs> users, Map<String, Integer> groups) {
    this.users = Map.copyOf(users);
    this.groups = Map.copyOf(groups);
  }

  /** Reads the system's {@code /etc/passwd} and {@code /etc/group}. */
  public static Accounts system() {
    return read(Path.of("/etc/passwd"), Path.of("/etc/group"));
  }

  /** Reads the given passwd and group files; a missing file counts as empty. */
  public static Accounts read(Path passwd, Path group) {
    Map<String, RunAs> users = new HashMap<>();
    for (String[] f : fields(passwd)) {
      if (f.length >= 4) {
        parse(f[2]).ifPresent(uid -> parse(f[3]).ifPresent(gid -> users.putIfAbsent(f[0], new RunAs(uid, gid))));
      }
    }
    Map<String, Integer> groups = new HashMap<>();
    for (String[] f : fields(group)) {
      if (f.length >= 3) {
        parse(f[2]).ifPresent(gid -> groups.putIfAbsent(f[0], gid));
      }
    }
    return new Accounts(users, groups);
  }

  /** The user's uid and primary gid. */
  public Optional<RunAs> user(String name) {
    return Optional.ofNullable(users.get(name));
  }

  public Optional<Integer> group(String name) {
    return Optional.ofNullable(groups.get(name));
  }

  /**
   * Resolves {@code user [group]} as keepalived's {@code set_uid_gid}: the user's uid and primary
   * gid, the gid replaced by the named group's when one is given.
   *
   * @throws IllegalArgumentException naming the user or group that does not exist
   */
  public RunAs resolve(String user, String group) {
    RunAs u = user(user).orElseThrow(
        () -> new IllegalArgumentException("Script user '" + user + "' does not exist"));
    if (group == null) {
      return u;
    }
    int gid = group(group).orElseThrow(
        () -> new IllegalArgumentException("Script group '" + group + "' does not exist"));
    return new RunAs(u.uid(), gid);
  }

  /**
   * The identity for scripts that name no user, as keepalived chooses it: the global
   * {@code script_user [group]} when set, else {@code keepalived_script} when that user exists,
   * else {@code self} (the daemon's own uid/gid, root in practice).
   *
   * @throws IllegalArgumentException when a configured script_user or group does not exist
   */
  public RunAs defaultRunAs(String scriptUser, String scriptGroup, RunAs self) {
    if (scriptUser != null) {
      return resolve(scriptUser, scriptGroup);
    }
    return user(DEFAULT_SCRIPT_USER).orElse(self);
  }

  /** The identity for one script: its own {@code user [group]} when given, else the default. */
  public RunAs runAs(String user, String group, RunAs defaultRunAs) {
    return user == null ? defaultRunAs : resolve(user, group);
  }

  private static Optional<Integer> parse(String s) {
    try {
      long v = Long.parseLong(s);
      return v >= 0 && v <= Integer.MAX_VALUE ? Optional.of((int) v) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static java.util.List<String[]> fields(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split(":", -1))
          .toList();
    } catch (NoSuchFileException e) {
      return java.util.List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
