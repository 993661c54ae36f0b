package io.swarmloader.shaka.segments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashExternalIdsTest {
  @Test
  void truncatesStartTimeOverHalfASecond() {
    assertEquals(0, DashExternalIds.externalIdOf(0));
    assertEquals(0, DashExternalIds.externalIdOf(0.49));
    assertEquals(1, DashExternalIds.externalIdOf(0.5));
    assertEquals(7, DashExternalIds.externalIdOf(3.999));
    assertEquals(20, DashExternalIds.externalIdOf(10.0));
  }

  @Test
  void epochAnchoredLiveTimesNeedLongs() {
    // wire-protocol.md §2.6: about 3.5e9 for a timeline anchored at the Unix epoch.
    assertEquals(3_454_000_001L, DashExternalIds.externalIdOf(1_727_000_000.5));
  }

  @Test
  void negativeTimesTruncateTowardZeroLikeMathTrunc() {
    assertEquals(-1, DashExternalIds.externalIdOf(-0.6));
    assertEquals(0, DashExternalIds.externalIdOf(-0.4));
  }

  @Test
  void unusableTimesAreSkipped() {
    assertEquals(ExternalIdPolicy.SKIP, DashExternalIds.externalIdOf(Double.NaN));
    assertEquals(ExternalIdPolicy.SKIP, DashExternalIds.externalIdOf(Double.POSITIVE_INFINITY));
    assertEquals(ExternalIdPolicy.SKIP, DashExternalIds.externalIdOf(4.6e15));
    assertEquals(ExternalIdPolicy.SKIP, DashExternalIds.externalIdOf(-4.6e15));
  }

  @Test
  void assignsEveryCandidateFromItsOwnStartTime() {
    List<SegmentCandidate> cs =
        List.of(
            new SegmentCandidate("a", "a", null, 12.0, 14.0),
            new SegmentCandidate("b", "b", null, 14.0, 16.0));

    assertArrayEquals(new long[] {24, 28}, DashExternalIds.INSTANCE.assign(cs, Map.of("a", 999L)));
  }
}
