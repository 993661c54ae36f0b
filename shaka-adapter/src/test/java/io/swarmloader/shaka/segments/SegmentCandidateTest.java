package io.swarmloader.shaka.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.swarmloader.core.model.ByteRange;
import io.swarmloader.core.model.Segment;
import org.junit.jupiter.api.Test;

class SegmentCandidateTest {
  private static final String URL = "https://cdn.test/v/seg.mp4";

  @Test
  void aWholeResourceIsItsUrl() {
    SegmentCandidate c =
        SegmentCandidate.of(new ShakaReference(URL, 0, ShakaReference.NO_END_BYTE, 4.0, 8.0));

    assertEquals(URL, c.runtimeId());
    assertEquals(URL, c.url());
    assertNull(c.byteRange());
    assertEquals(4.0, c.startTime());
    assertEquals(8.0, c.endTime());
  }

  @Test
  void aClosedRangeHasAnInclusiveEnd() {
    SegmentCandidate c = SegmentCandidate.of(new ShakaReference(URL, 720, 1719, 0, 4));

    assertEquals(URL + "|720-1719", c.runtimeId());
    assertEquals(new ByteRange(720, 1719), c.byteRange());
  }

  @Test
  void aRangeFromZeroWithAnEndIsStillARange() {
    assertEquals(
        URL + "|0-99", SegmentCandidate.of(new ShakaReference(URL, 0, 99, 0, 4)).runtimeId());
  }

  @Test
  void anOpenRangeAboveZeroIsRegisteredAsOpen() {
    // §7 row 8: the scheme plugin reads "bytes=5000-" as url|5000-, so registration must agree.
    SegmentCandidate c =
        SegmentCandidate.of(new ShakaReference(URL, 5000, ShakaReference.NO_END_BYTE, 0, 4));

    assertEquals(URL + "|5000-", c.runtimeId());
    assertEquals(new ByteRange(5000, ByteRange.OPEN), c.byteRange());
  }

  @Test
  void unregistrableReferencesGiveNull() {
    assertNull(SegmentCandidate.of(new ShakaReference(null, 0, -1, 0, 4)));
    assertNull(SegmentCandidate.of(new ShakaReference("", 0, -1, 0, 4)));
    assertNull(SegmentCandidate.of(new ShakaReference(URL, -5, 10, 0, 4)));
    assertNull(SegmentCandidate.of(new ShakaReference(URL, 100, 50, 0, 4)));
  }

  @Test
  void withExternalIdKeepsEveryField() {
    SegmentCandidate c = SegmentCandidate.of(new ShakaReference(URL, 10, 19, 2.5, 6.5));

    assertEquals(
        new Segment(URL + "|10-19", 77, URL, new ByteRange(10, 19), 2.5, 6.5),
        c.withExternalId(77));
  }
}
