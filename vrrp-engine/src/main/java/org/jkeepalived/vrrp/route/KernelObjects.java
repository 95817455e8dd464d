package org.jkeepalived.vrrp.route;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs and removes one list of kernel objects (an instance's virtual routes, its virtual
 * rules, the static addresses...) through a port. An object already present counts as installed
 * (EEXIST), one already gone as removed (the port's "absent" errno); other failures are logged
 * and leave that entry unset. Each wanted object keeps its 1-based position in the config list,
 * which is its MIB row index. Loop only.
 *
 * @param <T> the kernel object (KernelRoute, KernelRule, InterfaceAddress)
 */
final class KernelObjects<T> {
  private static final Logger LOG = LoggerFactory.getLogger(KernelObjects.class);

  /** How to add and delete one kind of object. */
  interface Ops<T> {
    void add(T object) throws IOException;

    void delete(T object) throws IOException;

    /** The errno a delete of a missing object gives (ESRCH, ENOENT, EADDRNOTAVAIL). */
    int absentErrno();
  }

  /** A wanted object at its 1-based position in the config list. */
  record Slot<T>(int position, T object) {}

  private final String owner;
  private final String what;
  private final Ops<T> ops;
  private List<Slot<T>> wanted;
  private final List<T> installed = new ArrayList<>();

  /**
   * @param owner the instance name, or "static", for log lines
   * @param what how keepalived names the list in its log ("Virtual Routes")
   */
  KernelObjects(String owner, String what, Ops<T> ops, List<Slot<T>> wanted) {
    this.owner = owner;
    this.what = what;
    this.ops = ops;
    this.wanted = List.copyOf(wanted);
  }

  /** Installs every wanted object not yet installed; true when all are. */
  boolean installAll() {
    if (wanted.isEmpty()) {
      return true;
    }
    LOG.info("({}) setting {}", owner, what);
    boolean ok = true;
    for (Slot<T> s : wanted) {
      if (!installed.contains(s.object())) {
        ok &= add(s.object());
      }
    }
    return ok;
  }

  /** Removes every object this list installed. */
  void removeAll() {
    if (installed.isEmpty()) {
      return;
    }
    LOG.info("({}) removing {}", owner, what);
    for (T t : List.copyOf(installed)) {
      delete(t);
    }
  }

  /**
   * Deletes the wanted objects whatever installed them: keepalived does so when an instance
   * starts, so that a previous daemon's leftovers do not stay on a backup.
   */
  void removeStale() {
    if (wanted.isEmpty()) {
      return;
    }
    LOG.info("({}) removing {}", owner, what);
    for (Slot<T> s : wanted) {
      delete(s.object());
    }
  }

  /**
   * Changes the wanted list (a reload). While {@code active}, installed objects no longer wanted
   * (or changed) are removed and new ones installed; unchanged ones stay untouched.
   */
  void update(List<Slot<T>> next, boolean active) {
    List<T> nextObjects = next.stream().map(Slot::object).toList();
    if (active) {
      for (T t : List.copyOf(installed)) {
        if (!nextObjects.contains(t)) {
          delete(t);
        }
      }
    }
    wanted = List.copyOf(next);
    if (active) {
      installAll();
    }
  }

  /**
   * Someone deleted an object this list installed ({@code deleted} recognises it): it is added
   * back, as keepalived 2.2.7 restores a deleted static address or route ("Restoring deleted
   * static route ..."). Returns whether one was restored.
   */
  boolean restore(java.util.function.Predicate<T> deleted) {
    for (T t : List.copyOf(installed)) {
      if (deleted.test(t)) {
        installed.remove(t);
        LOG.info("({}) Restoring deleted {} {}", owner, what, t);
        add(t);
        return true;
      }
    }
    return false;
  }

  /**
   * Adds again every wanted object matching {@code on}, installed or not (one already in the
   * kernel counts as installed): keepalived 2.2.7 interface_up re-adds the static entries of an
   * interface that comes up, since the kernel drops its routes silently while it is down.
   *
   * @return whether any object matched
   */
  boolean reinstate(java.util.function.Predicate<T> on) {
    boolean any = false;
    for (Slot<T> s : wanted) {
      if (on.test(s.object())) {
        any = true;
        installed.remove(s.object());
        LOG.info("({}) Restoring deleted {} {}", owner, what, s.object());
        add(s.object());
      }
    }
    return any;
  }

  /** Whether an installed object other than {@code except} matches {@code deleted}. */
  boolean lost(java.util.function.Predicate<T> deleted, java.util.Set<T> except) {
    return installed.stream().anyMatch(t -> !except.contains(t) && deleted.test(t));
  }

  /** Forgets installed objects that were deleted by someone else (they are unset now). */
  void forget(java.util.function.Predicate<T> deleted) {
    installed.removeIf(deleted);
  }

  /** Position (1-based row index) to whether that entry is installed, for every wanted entry. */
  Map<Integer, Boolean> status() {
    Map<Integer, Boolean> out = new LinkedHashMap<>();
    for (Slot<T> s : wanted) {
      out.put(s.position(), installed.contains(s.object()));
    }
    return out;
  }

  List<T> installed() {
    return List.copyOf(installed);
  }

  List<Slot<T>> wanted() {
    return wanted;
  }

  private boolean add(T t) {
    try {
      ops.add(t);
    } catch (ErrnoException e) {
      if (e.errno() != LinuxConstants.EEXIST) {
        LOG.warn("({}) cannot add {}: {}", owner, t, e.getMessage());
        return false;
      }
    } catch (IOException e) {
      LOG.warn("({}) cannot add {}: {}", owner, t, e.getMessage());
      return false;
    }
    installed.add(t);
    return true;
  }

  private void delete(T t) {
    try {
      ops.delete(t);
    } catch (ErrnoException e) {
      if (e.errno() != ops.absentErrno()) {
        LOG.warn("({}) cannot remove {}: {}", owner, t, e.getMessage());
      }
    } catch (IOException e) {
      LOG.warn("({}) cannot remove {}: {}", owner, t, e.getMessage());
    }
    installed.remove(t);
  }
}
