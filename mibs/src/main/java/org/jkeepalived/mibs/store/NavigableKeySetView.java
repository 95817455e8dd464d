package org.jkeepalived.mibs.store;

import java.util.AbstractSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.SortedSet;

/** The unmodifiable key set of a {@link NavigableMapView}; every call forwards to the map. */
final class NavigableKeySetView<K extends Comparable<? super K>> extends AbstractSet<K>
    implements NavigableSet<K> {
  private final NavigableMap<K, ?> map;

  NavigableKeySetView(NavigableMap<K, ?> map) {
    this.map = map;
  }

  @Override
  public Iterator<K> iterator() {
    Iterator<? extends Map.Entry<K, ?>> entries = map.entrySet().iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return entries.hasNext();
      }

      @Override
      public K next() {
        return entries.next().getKey();
      }
    };
  }

  @Override
  public Iterator<K> descendingIterator() {
    return descendingSet().iterator();
  }

  @Override
  public int size() {
    return map.size();
  }

  @Override
  public boolean isEmpty() {
    return map.isEmpty();
  }

  @Override
  public boolean contains(Object o) {
    return map.containsKey(o);
  }

  @Override
  public Comparator<? super K> comparator() {
    return map.comparator();
  }

  @Override
  public K first() {
    return map.firstKey();
  }

  @Override
  public K last() {
    return map.lastKey();
  }

  @Override
  public K lower(K k) {
    return map.lowerKey(k);
  }

  @Override
  public K floor(K k) {
    return map.floorKey(k);
  }

  @Override
  public K ceiling(K k) {
    return map.ceilingKey(k);
  }

  @Override
  public K higher(K k) {
    return map.higherKey(k);
  }

  @Override
  public K pollFirst() {
    throw new UnsupportedOperationException("store snapshots are immutable");
  }

  @Override
  public K pollLast() {
    throw new UnsupportedOperationException("store snapshots are immutable");
  }

  @Override
  public NavigableSet<K> descendingSet() {
    return new NavigableKeySetView<>(map.descendingMap());
  }

  @Override
  public NavigableSet<K> subSet(K from, boolean fromInclusive, K to, boolean toInclusive) {
    return new NavigableKeySetView<>(map.subMap(from, fromInclusive, to, toInclusive));
  }

  @Override
  public NavigableSet<K> headSet(K to, boolean inclusive) {
    return new NavigableKeySetView<>(map.headMap(to, inclusive));
  }

  @Override
  public NavigableSet<K> tailSet(K from, boolean inclusive) {
    return new NavigableKeySetView<>(map.tailMap(from, inclusive));
  }

  @Override
  public SortedSet<K> subSet(K from, K to) {
    return subSet(from, true, to, false);
  }

  @Override
  public SortedSet<K> headSet(K to) {
    return headSet(to, false);
  }

  @Override
  public SortedSet<K> tailSet(K from) {
    return tailSet(from, true);
  }
}
