package org.jkeepalived.mibs.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The persistent map against {@link TreeMap} as the model. */
class PersistentSortedMapTest {

  /** One random operation: put key=value, or remove key when value is null. */
  record Op(int key, String value) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Integer> keys = Arbitraries.integers().between(0, 120);
    Arbitrary<String> values = Arbitraries.of("a", "b", "c", "d");
    Arbitrary<Op> put = Combinators.combine(keys, values).as(Op::new);
    Arbitrary<Op> remove = keys.map(k -> new Op(k, null));
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, put), net.jqwik.api.Tuple.of(1, remove))
        .list()
        .ofMaxSize(300);
  }

  @Property(tries = 200)
  void behavesLikeTreeMapAndKeepsEveryVersion(@ForAll("ops") List<Op> ops) {
    PersistentSortedMap<Integer, String> map = PersistentSortedMap.empty();
    TreeMap<Integer, String> model = new TreeMap<>();
    List<PersistentSortedMap<Integer, String>> versions = new ArrayList<>();
    List<TreeMap<Integer, String>> models = new ArrayList<>();
    for (Op op : ops) {
      if (op.value() == null) {
        map = map.remove(op.key());
        model.remove(op.key());
      } else {
        map = map.put(op.key(), op.value());
        model.put(op.key(), op.value());
      }
      map.checkInvariants();
      versions.add(map);
      models.add(new TreeMap<>(model));
    }
    assertThat(map.size()).isEqualTo(model.size());
    assertThat(entries(map.asNavigableMap())).isEqualTo(entries(model));
    // Every old version is untouched by the writes that followed it.
    for (int i = 0; i < versions.size(); i++) {
      assertThat(versions.get(i).asNavigableMap()).isEqualTo(models.get(i));
    }
  }

  @Property(tries = 150)
  void navigationAndViewsMatchTreeMap(@ForAll("ops") List<Op> ops) {
    PersistentSortedMap<Integer, String> map = PersistentSortedMap.empty();
    TreeMap<Integer, String> model = new TreeMap<>();
    for (Op op : ops) {
      if (op.value() != null) {
        map = map.put(op.key(), op.value());
        model.put(op.key(), op.value());
      }
    }
    NavigableMapModelCheck.assertSame(map.asNavigableMap(), model, 2);
  }

  @Test
  void putOfTheSameObjectReturnsTheSameMap() {
    PersistentSortedMap<Integer, String> m = PersistentSortedMap.<Integer, String>empty().put(1, "x");
    assertThat(m.put(1, m.get(1))).isSameAs(m);
    assertThat(m.remove(2)).isSameAs(m);
    assertThat(m.remove(1)).isSameAs(PersistentSortedMap.empty());
  }

  @Test
  void heightStaysLogarithmicForTenThousandSequentialKeys() {
    PersistentSortedMap<Integer, Integer> m = PersistentSortedMap.empty();
    for (int i = 0; i < 10_000; i++) {
      m = m.put(i, i);
    }
    m.checkInvariants();
    // AVL bound: height < 1.4405 log2(n + 2).
    assertThat(m.height()).isLessThanOrEqualTo((int) (1.4405 * (Math.log(10_002) / Math.log(2))));
    assertThat(m.asNavigableMap().tailMap(9_990, false).keySet())
        .containsExactly(9_991, 9_992, 9_993, 9_994, 9_995, 9_996, 9_997, 9_998, 9_999);
    assertThat(m.asNavigableMap().subMap(100, 5_100).size()).isEqualTo(5_000);
  }

  @Test
  void viewsAreUnmodifiable() {
    NavigableMap<Integer, String> v =
        PersistentSortedMap.<Integer, String>empty().put(1, "x").asNavigableMap();
    assertThatThrownBy(() -> v.put(2, "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> v.remove(1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(v::pollFirstEntry).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> v.firstEntry().setValue("z"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> v.keySet().iterator().remove())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(v::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void indexKeysFollowOidOrderForGetNext() {
    PersistentSortedMap<Index, String> m =
        PersistentSortedMap.<Index, String>empty()
            .put(Index.of(2), "two")
            .put(Index.of(1, 5), "one.five")
            .put(Index.of(1), "one")
            .put(Index.of(0xFFFFFFFF), "max")
            .put(Index.of(10), "ten");
    NavigableMap<Index, String> v = m.asNavigableMap();
    assertThat(v.values()).containsExactly("one", "one.five", "two", "ten", "max");
    assertThat(v.higherKey(Index.of(1))).isEqualTo(Index.of(1, 5));
    assertThat(v.higherKey(Index.of(1, 5))).isEqualTo(Index.of(2));
    assertThat(v.ceilingKey(Index.of(3))).isEqualTo(Index.of(10));
    assertThat(v.higherKey(Index.of(0xFFFFFFFF))).isNull();
    assertThat(v.tailMap(Index.of(2), false).firstKey()).isEqualTo(Index.of(10));
  }

  private static <K, V> List<Map.Entry<K, V>> entries(Map<K, V> m) {
    List<Map.Entry<K, V>> out = new ArrayList<>();
    m.forEach((k, v) -> out.add(Map.entry(k, v)));
    return out;
  }
}
