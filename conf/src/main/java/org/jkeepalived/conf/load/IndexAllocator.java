package org.jkeepalived.conf.load;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Assigns MIB row indexes to named objects: 1-based in configuration order at start-up, as
 * keepalived numbers them; on a reload an object keeps the index it had under the same name, and
 * new objects take the lowest indexes free, so SNMP row indexes stay stable.
 */
final class IndexAllocator {
  private IndexAllocator() {}

  /**
   * @param previous name to index of the rows now in the store (empty at start-up)
   * @param names the configured names in order
   * @return name to index, in configuration order
   */
  static Map<String, Integer> assign(Map<String, Integer> previous, List<String> names) {
    Map<String, Integer> out = new LinkedHashMap<>();
    TreeSet<Integer> used = new TreeSet<>();
    for (String n : names) {
      Integer i = previous.get(n);
      if (i != null) {
        used.add(i);
      }
    }
    Map<String, Integer> kept = new HashMap<>();
    for (String n : names) {
      if (previous.containsKey(n)) {
        kept.put(n, previous.get(n));
      }
    }
    int next = 1;
    for (String n : names) {
      Integer i = kept.get(n);
      if (i == null) {
        while (used.contains(next)) {
          next++;
        }
        i = next;
        used.add(i);
      }
      out.put(n, i);
    }
    return out;
  }
}
