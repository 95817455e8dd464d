package org.jkeepalived.mibs.store;

import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;

/**
 * An immutable sorted map in natural key order. {@link #put} and {@link #remove} return a new map
 * in O(log n), sharing all but one root-to-leaf path with this one, so keeping the old version (a
 * store snapshot) costs nothing and can never be disturbed by later writes. It is safe to share
 * between threads without locking. Keys and values must not be null.
 *
 * <p>Backed by a persistent AVL tree whose nodes also count their subtree, so range sizes, bounded
 * views and positioned walks ({@link #asNavigableMap()}, used for SNMP GETNEXT) are O(log n).
 *
 * @param <K> key type, ordered by its natural order
 * @param <V> value type
 */
public final class PersistentSortedMap<K extends Comparable<? super K>, V>
    implements Iterable<Map.Entry<K, V>> {
  private static final PersistentSortedMap<?, ?> EMPTY = new PersistentSortedMap<>(null);

  private final AvlNode<K, V> root;

  private PersistentSortedMap(AvlNode<K, V> root) {
    this.root = root;
  }

  /** The empty map. */
  @SuppressWarnings("unchecked")
  public static <K extends Comparable<? super K>, V> PersistentSortedMap<K, V> empty() {
    return (PersistentSortedMap<K, V>) EMPTY;
  }

  /** A map holding the entries of {@code source}. O(n log n). */
  public static <K extends Comparable<? super K>, V> PersistentSortedMap<K, V> copyOf(
      Map<? extends K, ? extends V> source) {
    AvlNode<K, V> n = null;
    for (Map.Entry<? extends K, ? extends V> e : source.entrySet()) {
      n = AvlNode.put(n, Objects.requireNonNull(e.getKey()), Objects.requireNonNull(e.getValue()));
    }
    return n == null ? empty() : new PersistentSortedMap<>(n);
  }

  public int size() {
    return AvlNode.size(root);
  }

  public boolean isEmpty() {
    return root == null;
  }

  /** The value for key, or null. */
  public V get(K key) {
    AvlNode<K, V> n = AvlNode.find(root, Objects.requireNonNull(key));
    return n == null ? null : n.value;
  }

  public boolean containsKey(K key) {
    return AvlNode.find(root, Objects.requireNonNull(key)) != null;
  }

  /** This map with key mapped to value; this same map if it already maps key to that object. */
  public PersistentSortedMap<K, V> put(K key, V value) {
    AvlNode<K, V> n =
        AvlNode.put(root, Objects.requireNonNull(key), Objects.requireNonNull(value));
    return n == root ? this : new PersistentSortedMap<>(n);
  }

  /** This map without key; this same map if key is absent. */
  public PersistentSortedMap<K, V> remove(K key) {
    AvlNode<K, V> n = AvlNode.remove(root, Objects.requireNonNull(key));
    if (n == root) {
      return this;
    }
    return n == null ? empty() : new PersistentSortedMap<>(n);
  }

  /** The first entry, or null if empty. */
  public Map.Entry<K, V> firstEntry() {
    return AvlNode.first(root);
  }

  /** The last entry, or null if empty. */
  public Map.Entry<K, V> lastEntry() {
    return AvlNode.last(root);
  }

  /** The entry with the least key at or above key, or null. */
  public Map.Entry<K, V> ceilingEntry(K key) {
    return AvlNode.ceiling(root, Objects.requireNonNull(key), true);
  }

  /** The entry with the least key strictly above key, or null: a GETNEXT. */
  public Map.Entry<K, V> higherEntry(K key) {
    return AvlNode.ceiling(root, Objects.requireNonNull(key), false);
  }

  /** The entry with the greatest key at or below key, or null. */
  public Map.Entry<K, V> floorEntry(K key) {
    return AvlNode.floor(root, Objects.requireNonNull(key), true);
  }

  /** The entry with the greatest key strictly below key, or null. */
  public Map.Entry<K, V> lowerEntry(K key) {
    return AvlNode.floor(root, Objects.requireNonNull(key), false);
  }

  /** Entries in ascending key order. */
  @Override
  public Iterator<Map.Entry<K, V>> iterator() {
    return new AvlIterator<>(root, true, null, false, null, false);
  }

  /**
   * Entries in ascending (or descending) order from {@code start} (null: the first in that
   * direction) up to {@code end} (null: no end). Positioning is O(log n).
   */
  Iterator<Map.Entry<K, V>> iterator(
      boolean ascending, K start, boolean startInclusive, K end, boolean endInclusive) {
    return new AvlIterator<>(root, ascending, start, startInclusive, end, endInclusive);
  }

  /** How many keys lie below key (or at it, if inclusive). O(log n). */
  int countBelow(K key, boolean inclusive) {
    return AvlNode.countBelow(root, key, inclusive);
  }

  /**
   * An unmodifiable {@link NavigableMap} view of this (immutable) map. Lookups, positioned walks,
   * sub-map views and their sizes are all O(log n); nothing is copied.
   */
  public NavigableMap<K, V> asNavigableMap() {
    return NavigableMapView.of(this);
  }

  /** Verifies the tree's ordering, balance and cached sizes; throws if broken. For tests. */
  void checkInvariants() {
    AvlNode.checkInvariants(root, null, null);
  }

  /** Height of the tree, for tests of the O(log n) bound. */
  int height() {
    return AvlNode.height(root);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PersistentSortedMap<?, ?> other
        && asNavigableMap().equals(other.asNavigableMap());
  }

  @Override
  public int hashCode() {
    return asNavigableMap().hashCode();
  }

  @Override
  public String toString() {
    return asNavigableMap().toString();
  }
}
