package org.jkeepalived.mibs.store;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An unmodifiable {@link NavigableMap} over a {@link PersistentSortedMap}, optionally bounded to a
 * key range and optionally in descending order. Bounds are kept in natural ("absolute") order, as
 * {@code java.util.TreeMap}'s sub-maps do, and every operation maps onto an O(log n) tree query, so
 * {@code tailMap(k).firstKey()} or {@code higherKey(k)} on a 10,000-row table stays cheap.
 */
final class NavigableMapView<K extends Comparable<? super K>, V> extends AbstractMap<K, V>
    implements NavigableMap<K, V> {
  private final PersistentSortedMap<K, V> tree;
  private final K lo;
  private final boolean loInclusive;
  private final K hi;
  private final boolean hiInclusive;
  private final boolean descending;

  private NavigableMapView(
      PersistentSortedMap<K, V> tree,
      K lo,
      boolean loInclusive,
      K hi,
      boolean hiInclusive,
      boolean descending) {
    this.tree = tree;
    this.lo = lo;
    this.loInclusive = loInclusive;
    this.hi = hi;
    this.hiInclusive = hiInclusive;
    this.descending = descending;
  }

  static <K extends Comparable<? super K>, V> NavigableMap<K, V> of(PersistentSortedMap<K, V> t) {
    return new NavigableMapView<>(t, null, false, null, false, false);
  }

  // ---- range checks and absolute (natural order) queries ----

  private boolean tooLow(K key) {
    if (lo == null) {
      return false;
    }
    int c = key.compareTo(lo);
    return c < 0 || (c == 0 && !loInclusive);
  }

  private boolean tooHigh(K key) {
    if (hi == null) {
      return false;
    }
    int c = key.compareTo(hi);
    return c > 0 || (c == 0 && !hiInclusive);
  }

  private boolean inRange(K key) {
    return !tooLow(key) && !tooHigh(key);
  }

  /** Whether key may bound a sub-view: inside the range, or on an exclusive bound of it. */
  private boolean inRange(K key, boolean inclusive) {
    if (inclusive) {
      return inRange(key);
    }
    return (lo == null || key.compareTo(lo) >= 0) && (hi == null || key.compareTo(hi) <= 0);
  }

  private Map.Entry<K, V> belowHi(Map.Entry<K, V> e) {
    return e == null || tooHigh(e.getKey()) ? null : e;
  }

  private Map.Entry<K, V> aboveLo(Map.Entry<K, V> e) {
    return e == null || tooLow(e.getKey()) ? null : e;
  }

  private Map.Entry<K, V> absLowest() {
    if (lo == null) {
      return belowHi(tree.firstEntry());
    }
    return belowHi(loInclusive ? tree.ceilingEntry(lo) : tree.higherEntry(lo));
  }

  private Map.Entry<K, V> absHighest() {
    if (hi == null) {
      return aboveLo(tree.lastEntry());
    }
    return aboveLo(hiInclusive ? tree.floorEntry(hi) : tree.lowerEntry(hi));
  }

  private Map.Entry<K, V> absCeiling(K key) {
    return tooLow(key) ? absLowest() : belowHi(tree.ceilingEntry(key));
  }

  private Map.Entry<K, V> absHigher(K key) {
    return tooLow(key) ? absLowest() : belowHi(tree.higherEntry(key));
  }

  private Map.Entry<K, V> absFloor(K key) {
    return tooHigh(key) ? absHighest() : aboveLo(tree.floorEntry(key));
  }

  private Map.Entry<K, V> absLower(K key) {
    return tooHigh(key) ? absHighest() : aboveLo(tree.lowerEntry(key));
  }

  @SuppressWarnings("unchecked")
  private K asKey(Object o) {
    return (K) Objects.requireNonNull(o);
  }

  private static <K> K keyOrNull(Map.Entry<K, ?> e) {
    return e == null ? null : e.getKey();
  }

  private static <K> K keyOrThrow(Map.Entry<K, ?> e) {
    if (e == null) {
      throw new NoSuchElementException();
    }
    return e.getKey();
  }

  // ---- Map ----

  @Override
  public V get(Object key) {
    K k = asKey(key);
    return inRange(k) ? tree.get(k) : null;
  }

  @Override
  public boolean containsKey(Object key) {
    K k = asKey(key);
    return inRange(k) && tree.containsKey(k);
  }

  @Override
  public int size() {
    int below = lo == null ? 0 : tree.countBelow(lo, !loInclusive);
    int upTo = hi == null ? tree.size() : tree.countBelow(hi, hiInclusive);
    return Math.max(0, upTo - below);
  }

  @Override
  public boolean isEmpty() {
    return absLowest() == null;
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<K, V>> iterator() {
        return entryIterator();
      }

      @Override
      public int size() {
        return NavigableMapView.this.size();
      }
    };
  }

  Iterator<Map.Entry<K, V>> entryIterator() {
    return descending
        ? tree.iterator(false, hi, hiInclusive, lo, loInclusive)
        : tree.iterator(true, lo, loInclusive, hi, hiInclusive);
  }

  // ---- NavigableMap: queries, mapped to absolute order ----

  @Override
  public Comparator<? super K> comparator() {
    return descending ? Collections.reverseOrder() : null;
  }

  @Override
  public Map.Entry<K, V> firstEntry() {
    return descending ? absHighest() : absLowest();
  }

  @Override
  public Map.Entry<K, V> lastEntry() {
    return descending ? absLowest() : absHighest();
  }

  @Override
  public Map.Entry<K, V> ceilingEntry(K key) {
    return descending ? absFloor(key) : absCeiling(key);
  }

  @Override
  public Map.Entry<K, V> higherEntry(K key) {
    return descending ? absLower(key) : absHigher(key);
  }

  @Override
  public Map.Entry<K, V> floorEntry(K key) {
    return descending ? absCeiling(key) : absFloor(key);
  }

  @Override
  public Map.Entry<K, V> lowerEntry(K key) {
    return descending ? absHigher(key) : absLower(key);
  }

  @Override
  public K firstKey() {
    return keyOrThrow(firstEntry());
  }

  @Override
  public K lastKey() {
    return keyOrThrow(lastEntry());
  }

  @Override
  public K ceilingKey(K key) {
    return keyOrNull(ceilingEntry(key));
  }

  @Override
  public K higherKey(K key) {
    return keyOrNull(higherEntry(key));
  }

  @Override
  public K floorKey(K key) {
    return keyOrNull(floorEntry(key));
  }

  @Override
  public K lowerKey(K key) {
    return keyOrNull(lowerEntry(key));
  }

  @Override
  public Map.Entry<K, V> pollFirstEntry() {
    throw new UnsupportedOperationException("store snapshots are immutable");
  }

  @Override
  public Map.Entry<K, V> pollLastEntry() {
    throw new UnsupportedOperationException("store snapshots are immutable");
  }

  // ---- views ----

  @Override
  public NavigableMap<K, V> descendingMap() {
    return new NavigableMapView<>(tree, lo, loInclusive, hi, hiInclusive, !descending);
  }

  @Override
  public NavigableSet<K> navigableKeySet() {
    return new NavigableKeySetView<>(this);
  }

  @Override
  public Set<K> keySet() {
    return navigableKeySet();
  }

  @Override
  public NavigableSet<K> descendingKeySet() {
    return descendingMap().navigableKeySet();
  }

  @Override
  public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
    checkBound(fromKey, fromInclusive);
    checkBound(toKey, toInclusive);
    if (descending) {
      if (toKey.compareTo(fromKey) > 0) {
        throw new IllegalArgumentException("fromKey > toKey");
      }
      return narrowed(toKey, toInclusive, fromKey, fromInclusive);
    }
    if (fromKey.compareTo(toKey) > 0) {
      throw new IllegalArgumentException("fromKey > toKey");
    }
    return narrowed(fromKey, fromInclusive, toKey, toInclusive);
  }

  @Override
  public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
    checkBound(toKey, inclusive);
    return descending
        ? narrowed(toKey, inclusive, hi, hiInclusive)
        : narrowed(lo, loInclusive, toKey, inclusive);
  }

  @Override
  public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
    checkBound(fromKey, inclusive);
    return descending
        ? narrowed(lo, loInclusive, fromKey, inclusive)
        : narrowed(fromKey, inclusive, hi, hiInclusive);
  }

  /** A sub-view's bound must lie within this view, as for {@code TreeMap}'s sub-maps. */
  private void checkBound(K key, boolean inclusive) {
    if (!inRange(Objects.requireNonNull(key), inclusive)) {
      throw new IllegalArgumentException("key out of range: " + key);
    }
  }

  private NavigableMap<K, V> narrowed(K newLo, boolean newLoIncl, K newHi, boolean newHiIncl) {
    return new NavigableMapView<>(tree, newLo, newLoIncl, newHi, newHiIncl, descending);
  }

  @Override
  public NavigableMap<K, V> subMap(K fromKey, K toKey) {
    return subMap(fromKey, true, toKey, false);
  }

  @Override
  public NavigableMap<K, V> headMap(K toKey) {
    return headMap(toKey, false);
  }

  @Override
  public NavigableMap<K, V> tailMap(K fromKey) {
    return tailMap(fromKey, true);
  }
}
