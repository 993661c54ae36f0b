package io.swarmloader.core.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListOpsTest {

  @Test
  void removeSame_removesTheIdenticalElementOnly() {
    String equalButOther = new String("a");
    String same = new String("a");
    List<String> list = new ArrayList<>(Arrays.asList(equalButOther, "b", same));

    assertTrue(ListOps.removeSame(list, same));

    assertEquals(2, list.size());
    assertSame(equalButOther, list.get(0));
    assertEquals("b", list.get(1));
  }

  @Test
  void removeSame_removesTheFirstOccurrenceAndReportsAbsence() {
    Object item = new Object();
    List<Object> list = new ArrayList<>(Arrays.asList(item, "x", item));

    assertTrue(ListOps.removeSame(list, item));
    assertEquals(Arrays.asList("x", item), list);
    assertFalse(ListOps.removeSame(list, new Object()));
    assertEquals(2, list.size());
  }

  @Test
  void containsText_comparesByValueAndHandlesNull() {
    List<String> list = new ArrayList<>(Arrays.asList("ws://a", null));

    assertTrue(ListOps.containsText(list, new String("ws://a")));
    assertTrue(ListOps.containsText(list, null));
    assertFalse(ListOps.containsText(list, "ws://b"));
    assertFalse(ListOps.containsText(new ArrayList<>(), "ws://a"));
  }
}
