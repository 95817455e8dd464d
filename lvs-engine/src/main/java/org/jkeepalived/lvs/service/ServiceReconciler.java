package org.jkeepalived.lvs.service;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jkeepalived.linux.ipvs.IpvsService;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;

/**
 * Makes the running virtual servers match the store's rows in keepalived's order of a reload
 * (check/ipwrapper.c): a first pass over the running virtual servers in their file order removes
 * those no longer configured and, for the kept ones, edits changed services and deletes or edits
 * their changed real servers (clear_diff_services, clear_diff_rs); a second pass in the new file
 * order then adds the new virtual servers and the new real servers of the kept ones
 * (init_services). At start the first pass has nothing to do. The running map ends in the new file
 * order, which the next reload's first pass follows. Runs on the engine's loop.
 */
final class ServiceReconciler {
  private final Map<String, VirtualServerRuntime> running;
  private final VirtualServerHandler handler;

  ServiceReconciler(Map<String, VirtualServerRuntime> running, VirtualServerHandler handler) {
    this.running = running;
    this.handler = handler;
  }

  /**
   * @param kernel the services a failed engine left in the kernel, to take over (a restart);
   *     empty otherwise
   */
  void reconcile(Map<String, VsRows> wanted, Map<IpvsServiceKey, IpvsService> kernel) {
    Set<String> changed = new HashSet<>();
    Set<String> dropped = new HashSet<>();
    for (String key : List.copyOf(running.keySet())) {
      VsRows rows = wanted.get(key);
      VirtualServerRuntime vs = running.get(key);
      if (rows == null) {
        running.remove(key);
        handler.remove(key, vs);
        continue;
      }
      try {
        if (handler.firstPass(vs, rows)) {
          changed.add(key);
        }
      } catch (RuntimeException e) {
        running.remove(key);
        dropped.add(key);
        handler.failed(key, e);
      }
    }
    handler.settle(); // the second pass reads what the first one's changes did
    Map<String, VirtualServerRuntime> next = new LinkedHashMap<>();
    wanted.forEach((key, rows) -> {
      if (dropped.contains(key)) {
        return;
      }
      VirtualServerRuntime vs = running.get(key);
      try {
        if (vs == null) {
          vs = handler.create(key, rows, kernel);
        } else if (changed.contains(key)) {
          handler.secondPass(vs);
        }
        next.put(key, vs);
      } catch (RuntimeException e) {
        handler.failed(key, e);
      }
    });
    running.clear();
    running.putAll(next);
  }
}
