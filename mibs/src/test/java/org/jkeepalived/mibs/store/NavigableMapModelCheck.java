package org.jkeepalived.mibs.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;

/**
 * Compares a {@link NavigableMap} with a model one (a {@code TreeMap}) through every query, view
 * and iteration, recursing into descending, head, tail and sub views, including which bounds each
 * refuses.
 */
final class NavigableMapModelCheck {
  private static final int[] PROBES = {
    -1, 0, 1, 5, 17, 30, 39, 40, 41, 60, 61, 62, 80, 99, 100, 119, 120, 121
  };
  private static final int[] BOUNDS = {0, 40, 61, 121};

  private NavigableMapModelCheck() {}

  static void assertSame(
      NavigableMap<Integer, String> actual, NavigableMap<Integer, String> model, int depth) {
    assertThat(actual.size()).isEqualTo(model.size());
    assertThat(actual.isEmpty()).isEqualTo(model.isEmpty());
    assertThat(list(actual.entrySet().iterator())).isEqualTo(list(model.entrySet().iterator()));
    assertThat(list(actual.navigableKeySet().descendingIterator()))
        .isEqualTo(list(model.navigableKeySet().descendingIterator()));
    assertThat(new ArrayList<>(actual.values())).isEqualTo(new ArrayList<>(model.values()));
    assertThat(actual).isEqualTo(model);
    assertThat(actual.hashCode()).isEqualTo(model.hashCode());
    assertThat(actual.comparator() == null).isEqualTo(model.comparator() == null);
    same(actual, model, NavigableMap::firstEntry);
    same(actual, model, NavigableMap::lastEntry);
    same(actual, model, NavigableMap::firstKey);
    same(actual, model, NavigableMap::lastKey);
    for (int p : PROBES) {
      same(actual, model, m -> m.get(p));
      same(actual, model, m -> m.containsKey(p));
      same(actual, model, m -> m.ceilingEntry(p));
      same(actual, model, m -> m.higherEntry(p));
      same(actual, model, m -> m.floorEntry(p));
      same(actual, model, m -> m.lowerEntry(p));
      same(actual, model, m -> m.navigableKeySet().ceiling(p));
      same(actual, model, m -> m.navigableKeySet().lower(p));
      same(actual, model, m -> m.keySet().contains(p));
    }
    if (depth > 0) {
      recurseIntoViews(actual, model, depth - 1);
    }
  }

  private static void recurseIntoViews(
      NavigableMap<Integer, String> actual, NavigableMap<Integer, String> model, int depth) {
    assertSame(actual.descendingMap(), model.descendingMap(), depth);
    for (int b : BOUNDS) {
      for (boolean incl : new boolean[] {true, false}) {
        view(actual, model, m -> m.tailMap(b, incl), depth);
        view(actual, model, m -> m.headMap(b, incl), depth);
      }
      for (int c : BOUNDS) {
        view(actual, model, m -> m.subMap(b, true, c, false), depth);
        view(actual, model, m -> m.subMap(b, false, c, true), depth);
      }
    }
  }

  private static void view(
      NavigableMap<Integer, String> actual,
      NavigableMap<Integer, String> model,
      Function<NavigableMap<Integer, String>, NavigableMap<Integer, String>> f,
      int depth) {
    Object expected = outcome(model, f);
    Object got = outcome(actual, f);
    if (expected instanceof Class<?>) {
      assertThat(got).isEqualTo(expected);
      return;
    }
    assertThat(got).isInstanceOf(NavigableMap.class);
    @SuppressWarnings("unchecked")
    NavigableMap<Integer, String> gotView = (NavigableMap<Integer, String>) got;
    @SuppressWarnings("unchecked")
    NavigableMap<Integer, String> expectedView = (NavigableMap<Integer, String>) expected;
    assertSame(gotView, expectedView, depth);
  }

  private static void same(
      NavigableMap<Integer, String> actual,
      NavigableMap<Integer, String> model,
      Function<NavigableMap<Integer, String>, Object> f) {
    Object expected = outcome(model, f);
    Object got = outcome(actual, f);
    if (expected instanceof Map.Entry<?, ?> e) {
      assertThat(got).isInstanceOf(Map.Entry.class);
      Map.Entry<?, ?> g = (Map.Entry<?, ?>) got;
      assertThat(g.getKey()).isEqualTo(e.getKey());
      assertThat(g.getValue()).isEqualTo(e.getValue());
    } else {
      assertThat(got).isEqualTo(expected);
    }
  }

  /** The result, or the class of the exception thrown. */
  private static <T> Object outcome(NavigableMap<Integer, String> m, Function<NavigableMap<Integer, String>, T> f) {
    try {
      return f.apply(m);
    } catch (RuntimeException e) {
      return e.getClass();
    }
  }

  private static <T> List<T> list(Iterator<T> it) {
    List<T> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
