package io.swarmloader.hlsjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.model.ByteRange;
import io.swarmloader.core.model.Segment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentListDiffTest {
  private static final String BASE = "https://cdn.example/v/";

  private static List<FragmentInfo> playlist(int firstSn, int count) {
    List<FragmentInfo> list = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      int sn = firstSn + k;
      list.add(new FragmentInfo(BASE + sn + ".ts", sn, Double.NaN, Double.NaN, k * 6, k * 6 + 6));
    }
    return list;
  }

  private static List<String> ids(List<Segment> segments) {
    return segments.stream().map(Segment::runtimeId).toList();
  }

  @Test
  void vodNumbersByPositionEvenWithNonZeroMediaSequence() {
    SegmentListDiff diff = SegmentListDiff.compute(playlist(40, 3), false, List.of());
    assertEquals(List.of(0L, 1L, 2L), diff.add.stream().map(Segment::externalId).toList());
    assertEquals(List.of(BASE + "40.ts", BASE + "41.ts", BASE + "42.ts"), ids(diff.add));
    assertEquals(6.0, diff.add.get(1).startTime());
    assertEquals(12.0, diff.add.get(1).endTime());
    assertTrue(diff.remove.isEmpty());
  }

  @Test
  void liveNumbersByMediaSequence() {
    SegmentListDiff diff = SegmentListDiff.compute(playlist(100, 3), true, List.of());
    assertEquals(List.of(100L, 101L, 102L), diff.add.stream().map(Segment::externalId).toList());
  }

  @Test
  void slidingWindowAddsNewAtTheEndAndRemovesGoneOnes() {
    List<Segment> current = SegmentListDiff.compute(playlist(100, 4), true, List.of()).add;
    SegmentListDiff diff = SegmentListDiff.compute(playlist(102, 4), true, current);
    assertEquals(List.of(BASE + "104.ts", BASE + "105.ts"), ids(diff.add));
    assertEquals(List.of(BASE + "100.ts", BASE + "101.ts"), diff.remove);
  }

  @Test
  void unchangedPlaylistNeedsNoCall() {
    List<Segment> current = SegmentListDiff.compute(playlist(7, 5), true, List.of()).add;
    assertTrue(SegmentListDiff.compute(playlist(7, 5), true, current).isEmpty());
  }

  @Test
  void byteRangesGiveInclusiveRuntimeIds() {
    List<FragmentInfo> list =
        List.of(
            new FragmentInfo(BASE + "all.mp4", 0, 0, 1000, 0, 6),
            new FragmentInfo(BASE + "all.mp4", 1, 1000, 2500, 6, 12));
    SegmentListDiff diff = SegmentListDiff.compute(list, false, List.of());
    assertEquals(List.of(BASE + "all.mp4|0-999", BASE + "all.mp4|1000-2499"), ids(diff.add));
    assertEquals(new ByteRange(1000, 2499), diff.add.get(1).byteRange());
    assertEquals(BASE + "all.mp4", diff.add.get(1).url());
  }

  @Test
  void fragmentsWithoutUrlOrLiveSequenceAreSkippedAndRepeatsCountOnce() {
    List<FragmentInfo> list =
        List.of(
            new FragmentInfo(null, 1, Double.NaN, Double.NaN, 0, 6),
            new FragmentInfo(BASE + "a.ts", Double.NaN, Double.NaN, Double.NaN, 6, 12),
            new FragmentInfo(BASE + "b.ts", 3, Double.NaN, Double.NaN, 12, 18),
            new FragmentInfo(BASE + "b.ts", 4, Double.NaN, Double.NaN, 18, 24));
    SegmentListDiff diff = SegmentListDiff.compute(list, true, List.of());
    assertEquals(List.of(BASE + "b.ts"), ids(diff.add));
    assertEquals(3L, diff.add.get(0).externalId());
    assertNull(SegmentListDiff.toSegment(list.get(0), 0, false));
  }
}
