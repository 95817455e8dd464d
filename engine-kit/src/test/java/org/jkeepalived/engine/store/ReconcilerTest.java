package org.jkeepalived.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconcilerTest {
  /** A running object: its row and a generation, so a replacement can be told apart. */
  record Running(String row, int generation) {}

  private final Map<String, Running> running = new LinkedHashMap<>();
  private final List<String> log = new ArrayList<>();
  private int generation;

  /** Rows starting with "bad" fail to start; "!" asks for a rebuild; others update in place. */
  private final Reconciler<String, String, Running> reconciler =
      new Reconciler<>(running, new Reconciler.Handler<>() {
        @Override
        public Running create(String key, String row) {
          if (row.startsWith("bad")) {
            throw new IllegalArgumentException(row);
          }
          log.add("create " + key);
          return new Running(row, ++generation);
        }

        @Override
        public Running update(String key, Running current, String row) {
          if (current.row().equals(row)) {
            return current;
          }
          if (row.endsWith("!")) {
            log.add("rebuild " + key);
            return create(key, row);
          }
          log.add("update " + key);
          return new Running(row, current.generation());
        }

        @Override
        public void remove(String key, Running current) {
          log.add("remove " + key);
        }

        @Override
        public void failed(String key, Exception cause) {
          log.add("failed " + key + ": " + cause.getMessage());
        }
      });

  private static Map<String, String> rows(String... keyThenRow) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keyThenRow.length; i += 2) {
      m.put(keyThenRow[i], keyThenRow[i + 1]);
    }
    return m;
  }

  @Test
  void createsUpdatesAndRemovesByKeyLeavingUnchangedObjectsAlone() {
    reconciler.reconcile(rows("a", "1", "b", "1", "c", "1"));
    Running b = running.get("b");
    log.clear();
    reconciler.reconcile(rows("b", "1", "c", "2", "d", "1"));
    assertThat(log).containsExactly("remove a", "update c", "create d");
    assertThat(running.get("b")).isSameAs(b);
    assertThat(running.keySet()).containsExactly("b", "c", "d");
  }

  @Test
  void scopedReconcileLooksOnlyAtTheKeysInScope() {
    reconciler.reconcile(rows("a", "1", "b", "1", "c", "1"));
    Running b = running.get("b");
    log.clear();
    // c is not wanted but out of scope (its row did not change): it stays; b is not asked
    reconciler.reconcile(rows("a", "2", "b", "1", "d", "1"), java.util.Set.of("a", "d", "x"));
    assertThat(log).containsExactly("update a", "create d");
    assertThat(running.get("b")).isSameAs(b);
    assertThat(running.keySet()).containsExactly("b", "c", "a", "d"); // updated a is a new object
    log.clear();
    reconciler.reconcile(rows("a", "2"), java.util.Set.of("c"));
    assertThat(log).containsExactly("remove c");
  }

  @Test
  void aReplacementGoesLastLikeANewObject() {
    reconciler.reconcile(rows("a", "1", "b", "1"));
    reconciler.reconcile(rows("a", "2!", "b", "1"));
    assertThat(running.keySet()).containsExactly("b", "a");
    assertThat(running.get("a")).isEqualTo(new Running("2!", 3));
  }

  @Test
  void aFailedCreateOrRebuildLeavesTheKeyWithoutAnObjectAndTheOthersRun() {
    reconciler.reconcile(rows("a", "1", "b", "bad1", "c", "1"));
    assertThat(running.keySet()).containsExactly("a", "c");
    reconciler.reconcile(rows("a", "bad2!", "c", "1"));
    assertThat(running.keySet()).containsExactly("c");
    assertThat(log).contains("failed b: bad1", "failed a: bad2!");
    reconciler.reconcile(rows("a", "1", "c", "1")); // the next reconcile tries again
    assertThat(running.keySet()).containsExactly("c", "a");
  }
}
