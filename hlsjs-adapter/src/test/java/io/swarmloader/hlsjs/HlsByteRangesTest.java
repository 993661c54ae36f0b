package io.swarmloader.hlsjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.swarmloader.core.model.ByteRange;
import org.junit.jupiter.api.Test;

class HlsByteRangesTest {
  @Test
  void exclusiveEndBecomesInclusive() {
    assertEquals(new ByteRange(1000, 1999), HlsByteRanges.fromExclusive(1000, 2000));
    assertEquals(new ByteRange(0, 0), HlsByteRanges.fromExclusive(0, 1));
  }

  @Test
  void hlsJsWholeFileContextIsNoRange() {
    // hls.js sets rangeStart: 0, rangeEnd: 0 on contexts without a byte range.
    assertNull(HlsByteRanges.fromExclusive(0, 0));
  }

  @Test
  void undefinedOrInvertedEndsAreNoRange() {
    assertNull(HlsByteRanges.fromExclusive(Double.NaN, 100));
    assertNull(HlsByteRanges.fromExclusive(0, Double.NaN));
    assertNull(HlsByteRanges.fromExclusive(500, 400));
    assertNull(HlsByteRanges.fromExclusive(500, 500));
    assertNull(HlsByteRanges.fromExclusive(-1, 10));
    assertNull(HlsByteRanges.fromExclusive(0, Double.POSITIVE_INFINITY));
  }
}
