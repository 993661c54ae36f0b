package io.swarmloader.core.util;

import java.util.List;

/**
 * List lookups without {@code List.remove(Object)} / {@code contains(Object)}.
 *
 * <p>Those JDK methods compare with {@code Object.equals}; once any of them is in the bundle, TeaVM
 * keeps the {@code equals} of every class that is ever stored in a list (records, maps, lists),
 * because it does not tell one list's elements from another's. These helpers compare by identity or
 * with {@code String.equals} only, so those methods can stay out of the bundle.
 */
public final class ListOps {
  private ListOps() {}

  /**
   * Removes the first element that is {@code item} itself (identity, not equals).
   *
   * @return whether an element was removed
   */
  public static <T> boolean removeSame(List<T> list, T item) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == item) {
        list.remove(i);
        return true;
      }
    }
    return false;
  }

  /** Whether the list holds a string equal to {@code text} (null matches a null element). */
  public static boolean containsText(List<String> list, String text) {
    for (int i = 0; i < list.size(); i++) {
      String s = list.get(i);
      if (s == null ? text == null : s.equals(text)) {
        return true;
      }
    }
    return false;
  }
}
