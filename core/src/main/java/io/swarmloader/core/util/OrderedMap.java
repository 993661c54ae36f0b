package io.swarmloader.core.util;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A string-keyed {@link HashMap} that also remembers its keys in insertion order, for the maps
 * whose iteration order matters (JSON objects, deterministic iteration over peers, streams and
 * segments). Replacing a key's value keeps its place, as in {@code LinkedHashMap}.
 *
 * <p>Iterate with {@link #keys()} or {@link #valueList()}: {@code entrySet()}, {@code keySet()} and
 * {@code values()} are HashMap's and iterate in hash order. Change the map only through {@code
 * put}, {@code remove(Object)} and {@code clear}; the other bulk and compute mutators of {@code
 * Map} throw {@link UnsupportedOperationException} (they would bypass the key list), and so must
 * not be reached through the views either.
 *
 * <p>Why not {@code LinkedHashMap}: in a TeaVM bundle it brings about ten JDK classes (entries,
 * iterators, sequenced views); this class reuses {@code HashMap} and {@code ArrayList}, which every
 * bundle has anyway. Removing a key scans the key list, which suits the small maps it is used for.
 */
public final class OrderedMap<V> extends HashMap<String, V> {
  private static final long serialVersionUID = 1L;

  // Parallel lists in insertion order: order.get(i) is the key of values.get(i).
  private final ArrayList<String> order = new ArrayList<>();
  private final ArrayList<V> values = new ArrayList<>();

  /** An empty map. */
  public OrderedMap() {}

  // put and remove are written out in full: small enough, TeaVM's FULL level (engine-check.js)
  // would inline them at every call site.
  @Override
  public V put(String key, V value) {
    int before = size();
    V previous = super.put(key, value);
    if (size() != before) {
      order.add(key);
      values.add(value);
      return previous;
    }
    for (int i = 0; i < order.size(); i++) {
      String k = order.get(i);
      if (k == null ? key == null : k.equals(key)) {
        values.set(i, value);
        break;
      }
    }
    return previous;
  }

  @Override
  public V remove(Object key) {
    int before = size();
    V removed = super.remove(key);
    if (size() == before) {
      return removed;
    }
    for (int i = 0; i < order.size(); i++) {
      String k = order.get(i);
      if (k == null ? key == null : k.equals(key)) {
        order.remove(i);
        values.remove(i);
        break;
      }
    }
    return removed;
  }

  @Override
  public void clear() {
    order.clear();
    values.clear();
    super.clear();
  }

  @Override
  public void putAll(Map<? extends String, ? extends V> map) {
    throw unordered();
  }

  @Override
  public V putIfAbsent(String key, V value) {
    throw unordered();
  }

  @Override
  public V computeIfAbsent(String key, Function<? super String, ? extends V> compute) {
    throw unordered();
  }

  @Override
  public V merge(String key, V value, BiFunction<? super V, ? super V, ? extends V> remapping) {
    throw unordered();
  }

  private static UnsupportedOperationException unordered() {
    return new UnsupportedOperationException("OrderedMap: use put, remove or clear");
  }

  /** The keys in insertion order: a live list, not to be modified. */
  public List<String> keys() {
    return order;
  }

  /** A fresh list of the values in key insertion order (safe to iterate while the map changes). */
  public List<V> valueList() {
    return new ArrayList<>(values);
  }

  /**
   * The keys of {@code map} in its iteration order: for an {@code OrderedMap} its {@link #keys()}
   * (insertion order), for any other map its key set (not copied: no list of arbitrary keys, which
   * TeaVM would pool with every other list's elements).
   */
  public static <K> Iterable<K> keysOf(Map<K, ?> map) {
    if (map instanceof OrderedMap<?> ordered) {
      @SuppressWarnings("unchecked")
      Iterable<K> keys = (Iterable<K>) ordered.order;
      return keys;
    }
    return map.keySet();
  }

  /** A copy of {@code map}, its keys in {@link #keysOf} order. */
  public static <V> OrderedMap<V> copyOf(Map<String, V> map) {
    OrderedMap<V> copy = new OrderedMap<>();
    for (String key : keysOf(map)) {
      copy.put(key, map.get(key));
    }
    return copy;
  }
}
