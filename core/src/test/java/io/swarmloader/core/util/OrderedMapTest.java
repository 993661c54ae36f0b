package io.swarmloader.core.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderedMapTest {
  private static List<String> listOf(Iterable<String> keys) {
    List<String> out = new ArrayList<>();
    keys.forEach(out::add);
    return out;
  }

  @Test
  void put_keepsInsertionOrder_replacingKeepsPlace() {
    OrderedMap<Integer> map = new OrderedMap<>();
    // Keys whose hash order differs from insertion order.
    map.put("zeta", 1);
    map.put("alpha", 2);
    map.put("mid", 3);
    assertEquals(2, map.put("alpha", 20));

    assertEquals(List.of("zeta", "alpha", "mid"), map.keys());
    assertEquals(List.of(1, 20, 3), map.valueList());
    assertEquals(20, map.get("alpha"));
  }

  @Test
  void remove_dropsKeyFromOrder_andReaddingAppends() {
    OrderedMap<String> map = new OrderedMap<>();
    map.put("a", "1");
    map.put("b", "2");
    map.put("c", "3");

    assertEquals("2", map.remove("b"));
    assertNull(map.remove("missing"));
    map.put("b", "4");

    assertEquals(List.of("a", "c", "b"), map.keys());
    assertEquals(List.of("1", "3", "4"), map.valueList());
    assertEquals(3, map.size());
  }

  @Test
  void nullValues_areEntriesInOrder() {
    OrderedMap<String> map = new OrderedMap<>();
    map.put("x", null);
    map.put("y", "v");
    map.put("x", "w");

    assertEquals(List.of("x", "y"), map.keys());
    assertEquals(List.of("w", "v"), map.valueList());
  }

  @Test
  void clear_emptiesOrder() {
    OrderedMap<String> map = new OrderedMap<>();
    map.put("a", "1");
    map.clear();
    map.put("b", "2");

    assertEquals(List.of("b"), map.keys());
    assertTrue(map.containsKey("b"));
  }

  @Test
  void valueList_isASnapshot() {
    OrderedMap<String> map = new OrderedMap<>();
    map.put("a", "1");
    List<String> values = map.valueList();
    map.put("b", "2");

    assertEquals(List.of("1"), values);
  }

  @Test
  void keysOf_orderedMapInInsertionOrder_otherMapsTheirOwnOrder() {
    OrderedMap<Integer> ordered = new OrderedMap<>();
    ordered.put("zeta", 1);
    ordered.put("alpha", 2);

    assertEquals(List.of("zeta", "alpha"), listOf(OrderedMap.keysOf(ordered)));
    assertEquals(List.of("k"), listOf(OrderedMap.keysOf(Map.of("k", 1))));
  }

  @Test
  void copyOf_keepsTheSourceOrder_andIsIndependent() {
    OrderedMap<String> source = new OrderedMap<>();
    source.put("X-B", "2");
    source.put("X-A", "1");

    OrderedMap<String> copy = OrderedMap.copyOf(source);
    source.put("X-C", "3");

    assertEquals(List.of("X-B", "X-A"), copy.keys());
    assertEquals(List.of("2", "1"), copy.valueList());
  }

  @Test
  void nullKey_isKeptAndRemovable() {
    OrderedMap<String> map = new OrderedMap<>();
    map.put("a", "1");
    map.put(null, "n");
    map.put(null, "m");

    assertEquals(java.util.Arrays.asList("a", null), map.keys());
    assertEquals("m", map.remove(null));
    assertEquals(List.of("a"), map.keys());
  }

  @Test
  void mutatorsThatWouldBypassTheOrder_throw() {
    OrderedMap<String> map = new OrderedMap<>();
    map.put("a", "1");

    assertThrows(UnsupportedOperationException.class, () -> map.putAll(Map.of("b", "2")));
    assertThrows(UnsupportedOperationException.class, () -> map.putIfAbsent("b", "2"));
    assertThrows(UnsupportedOperationException.class, () -> map.computeIfAbsent("b", k -> "2"));
    assertThrows(UnsupportedOperationException.class, () -> map.merge("a", "2", String::concat));
    assertEquals(List.of("a"), map.keys());
    assertEquals(Map.of("a", "1"), map);
  }
}
