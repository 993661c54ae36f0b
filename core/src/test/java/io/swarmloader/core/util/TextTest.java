package io.swarmloader.core.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void cat_joinsStringsAndPrintsNullPartsAsNull() {
    String missing = null;
    assertEquals("tracker URL skipped: wss://t", Text.cat("tracker URL skipped: ", "wss://t"));
    assertEquals("a.null.c", Text.cat("a.", missing, ".c"));
    assertEquals("nullb", Text.cat(missing, "b"));
  }

  @Test
  void cat_printsIntsAndLongsInDecimal() {
    int negative = -42;
    assertEquals("HTTP status -42", Text.cat("HTTP status ", negative));
    assertEquals(
        "segment of 9007199254740993 bytes", Text.cat("segment of ", 9007199254740993L, " bytes"));
    assertEquals("n=-2147483648", Text.cat("n=", Integer.MIN_VALUE));
  }
}
