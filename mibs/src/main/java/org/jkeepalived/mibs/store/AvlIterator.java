package org.jkeepalived.mibs.store;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * In-order walk of an immutable AVL tree, ascending or descending, starting at a bound and
 * stopping at an optional end bound. It holds only the path it still has to visit (a stack no
 * deeper than the tree), so starting a walk in the middle of a 10,000-row table is O(log n): that
 * is a GETNEXT.
 */
final class AvlIterator<K extends Comparable<? super K>, V> implements Iterator<Map.Entry<K, V>> {
  private final boolean ascending;
  private final K end;
  private final boolean endInclusive;
  @SuppressWarnings("unchecked")
  private final AvlNode<K, V>[] stack;

  private int depth;

  /**
   * Walks {@code root} in the given direction, from {@code start} (null: from the first key in that
   * direction) to {@code end} (null: to the last).
   */
  @SuppressWarnings("unchecked")
  AvlIterator(
      AvlNode<K, V> root,
      boolean ascending,
      K start,
      boolean startInclusive,
      K end,
      boolean endInclusive) {
    this.ascending = ascending;
    this.end = end;
    this.endInclusive = endInclusive;
    this.stack = (AvlNode<K, V>[]) new AvlNode<?, ?>[AvlNode.height(root) + 1];
    AvlNode<K, V> n = root;
    while (n != null) {
      if (start == null || atOrAfter(n.key, start, startInclusive)) {
        stack[depth++] = n;
        n = ascending ? n.left : n.right;
      } else {
        n = ascending ? n.right : n.left;
      }
    }
    trimPastEnd();
  }

  /** True if key lies at or beyond bound in walking direction. */
  private boolean atOrAfter(K key, K bound, boolean inclusive) {
    int c = key.compareTo(bound);
    if (!ascending) {
      c = -c;
    }
    return c > 0 || (c == 0 && inclusive);
  }

  private void trimPastEnd() {
    if (depth > 0 && end != null && !atOrBefore(stack[depth - 1].key)) {
      depth = 0;
    }
  }

  private boolean atOrBefore(K key) {
    int c = key.compareTo(end);
    if (!ascending) {
      c = -c;
    }
    return c < 0 || (c == 0 && endInclusive);
  }

  @Override
  public boolean hasNext() {
    return depth > 0;
  }

  @Override
  public Map.Entry<K, V> next() {
    if (depth == 0) {
      throw new NoSuchElementException();
    }
    AvlNode<K, V> result = stack[--depth];
    AvlNode<K, V> n = ascending ? result.right : result.left;
    while (n != null) {
      stack[depth++] = n;
      n = ascending ? n.left : n.right;
    }
    trimPastEnd();
    return result;
  }
}
