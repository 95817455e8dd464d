package org.jkeepalived.mibs.store;

import java.util.Map;
import java.util.Objects;

/**
 * One immutable node of a persistent AVL tree. Every update copies only the path from the root to
 * the changed node (O(log n) new nodes) and shares every other subtree with the old version, which
 * is what makes a store snapshot free. Each node also carries its subtree size so that the size of
 * any key range is O(log n), which bounded map views need.
 *
 * <p>All algorithms are static and treat {@code null} as the empty tree.
 */
final class AvlNode<K extends Comparable<? super K>, V> implements Map.Entry<K, V> {
  final K key;
  final V value;
  final AvlNode<K, V> left;
  final AvlNode<K, V> right;
  final int height;
  final int size;

  private AvlNode(K key, V value, AvlNode<K, V> left, AvlNode<K, V> right) {
    this.key = key;
    this.value = value;
    this.left = left;
    this.right = right;
    this.height = 1 + Math.max(height(left), height(right));
    this.size = 1 + size(left) + size(right);
  }

  static int height(AvlNode<?, ?> n) {
    return n == null ? 0 : n.height;
  }

  static int size(AvlNode<?, ?> n) {
    return n == null ? 0 : n.size;
  }

  static <K extends Comparable<? super K>, V> AvlNode<K, V> find(AvlNode<K, V> n, K key) {
    while (n != null) {
      int c = key.compareTo(n.key);
      if (c == 0) {
        return n;
      }
      n = c < 0 ? n.left : n.right;
    }
    return null;
  }

  /** Returns the tree with key mapped to value; the same tree if it already maps to that object. */
  static <K extends Comparable<? super K>, V> AvlNode<K, V> put(AvlNode<K, V> n, K key, V value) {
    if (n == null) {
      return new AvlNode<>(key, value, null, null);
    }
    int c = key.compareTo(n.key);
    if (c < 0) {
      AvlNode<K, V> l = put(n.left, key, value);
      return l == n.left ? n : balance(n.key, n.value, l, n.right);
    }
    if (c > 0) {
      AvlNode<K, V> r = put(n.right, key, value);
      return r == n.right ? n : balance(n.key, n.value, n.left, r);
    }
    return value == n.value ? n : new AvlNode<>(key, value, n.left, n.right);
  }

  /** Returns the tree without key; the same tree if key was absent. */
  static <K extends Comparable<? super K>, V> AvlNode<K, V> remove(AvlNode<K, V> n, K key) {
    if (n == null) {
      return null;
    }
    int c = key.compareTo(n.key);
    if (c < 0) {
      AvlNode<K, V> l = remove(n.left, key);
      return l == n.left ? n : balance(n.key, n.value, l, n.right);
    }
    if (c > 0) {
      AvlNode<K, V> r = remove(n.right, key);
      return r == n.right ? n : balance(n.key, n.value, n.left, r);
    }
    if (n.left == null) {
      return n.right;
    }
    if (n.right == null) {
      return n.left;
    }
    AvlNode<K, V> successor = first(n.right);
    return balance(successor.key, successor.value, n.left, removeFirst(n.right));
  }

  private static <K extends Comparable<? super K>, V> AvlNode<K, V> removeFirst(AvlNode<K, V> n) {
    if (n.left == null) {
      return n.right;
    }
    return balance(n.key, n.value, removeFirst(n.left), n.right);
  }

  /** Builds a node from subtrees whose heights differ by at most two, restoring the AVL bound. */
  private static <K extends Comparable<? super K>, V> AvlNode<K, V> balance(
      K key, V value, AvlNode<K, V> l, AvlNode<K, V> r) {
    int hl = height(l);
    int hr = height(r);
    if (hl > hr + 1) {
      if (height(l.left) >= height(l.right)) {
        return new AvlNode<>(l.key, l.value, l.left, new AvlNode<>(key, value, l.right, r));
      }
      AvlNode<K, V> lr = l.right;
      return new AvlNode<>(
          lr.key,
          lr.value,
          new AvlNode<>(l.key, l.value, l.left, lr.left),
          new AvlNode<>(key, value, lr.right, r));
    }
    if (hr > hl + 1) {
      if (height(r.right) >= height(r.left)) {
        return new AvlNode<>(r.key, r.value, new AvlNode<>(key, value, l, r.left), r.right);
      }
      AvlNode<K, V> rl = r.left;
      return new AvlNode<>(
          rl.key,
          rl.value,
          new AvlNode<>(key, value, l, rl.left),
          new AvlNode<>(r.key, r.value, rl.right, r.right));
    }
    return new AvlNode<>(key, value, l, r);
  }

  static <K extends Comparable<? super K>, V> AvlNode<K, V> first(AvlNode<K, V> n) {
    if (n == null) {
      return null;
    }
    while (n.left != null) {
      n = n.left;
    }
    return n;
  }

  static <K extends Comparable<? super K>, V> AvlNode<K, V> last(AvlNode<K, V> n) {
    if (n == null) {
      return null;
    }
    while (n.right != null) {
      n = n.right;
    }
    return n;
  }

  /** The least node with a key above {@code key} (or equal to it, if inclusive). */
  static <K extends Comparable<? super K>, V> AvlNode<K, V> ceiling(
      AvlNode<K, V> n, K key, boolean inclusive) {
    AvlNode<K, V> best = null;
    while (n != null) {
      int c = n.key.compareTo(key);
      if (c > 0 || (c == 0 && inclusive)) {
        best = n;
        n = n.left;
      } else {
        n = n.right;
      }
    }
    return best;
  }

  /** The greatest node with a key below {@code key} (or equal to it, if inclusive). */
  static <K extends Comparable<? super K>, V> AvlNode<K, V> floor(
      AvlNode<K, V> n, K key, boolean inclusive) {
    AvlNode<K, V> best = null;
    while (n != null) {
      int c = n.key.compareTo(key);
      if (c < 0 || (c == 0 && inclusive)) {
        best = n;
        n = n.right;
      } else {
        n = n.left;
      }
    }
    return best;
  }

  /** How many keys are below {@code key} (or equal to it, if inclusive). */
  static <K extends Comparable<? super K>, V> int countBelow(
      AvlNode<K, V> n, K key, boolean inclusive) {
    int count = 0;
    while (n != null) {
      int c = n.key.compareTo(key);
      if (c < 0 || (c == 0 && inclusive)) {
        count += size(n.left) + 1;
        n = n.right;
      } else {
        n = n.left;
      }
    }
    return count;
  }

  /** Checks ordering, balance, heights and sizes; returns the height. For tests. */
  static <K extends Comparable<? super K>, V> int checkInvariants(AvlNode<K, V> n, K lo, K hi) {
    if (n == null) {
      return 0;
    }
    if ((lo != null && n.key.compareTo(lo) <= 0) || (hi != null && n.key.compareTo(hi) >= 0)) {
      throw new IllegalStateException("key out of order: " + n.key);
    }
    int hl = checkInvariants(n.left, lo, n.key);
    int hr = checkInvariants(n.right, n.key, hi);
    if (Math.abs(hl - hr) > 1) {
      throw new IllegalStateException("unbalanced at " + n.key);
    }
    if (n.height != 1 + Math.max(hl, hr) || n.size != 1 + size(n.left) + size(n.right)) {
      throw new IllegalStateException("bad height or size at " + n.key);
    }
    return n.height;
  }

  @Override
  public K getKey() {
    return key;
  }

  @Override
  public V getValue() {
    return value;
  }

  /** Entries are immutable: they are the tree's own nodes. */
  @Override
  public V setValue(V v) {
    throw new UnsupportedOperationException("store rows are immutable");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Map.Entry<?, ?> e
        && key.equals(e.getKey())
        && Objects.equals(value, e.getValue());
  }

  @Override
  public int hashCode() {
    return key.hashCode() ^ Objects.hashCode(value);
  }

  @Override
  public String toString() {
    return key + "=" + value;
  }
}
