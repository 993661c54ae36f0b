package io.swarmloader.shaka.segments;

import io.swarmloader.core.model.ByteRange;
import io.swarmloader.core.model.Segment;

/**
 * A segment before its external ID is known: what a {@link ShakaReference} maps to
 * (player-integration.md §4.7). Immutable. A plain class rather than a record: a record's generated
 * {@code equals} and {@code hashCode} would ship in the bundle unused.
 */
public final class SegmentCandidate {
  private final String runtimeId;
  private final String url;
  private final ByteRange byteRange;
  private final double startTime;
  private final double endTime;

  public SegmentCandidate(
      String runtimeId, String url, ByteRange byteRange, double startTime, double endTime) {
    this.runtimeId = runtimeId;
    this.url = url;
    this.byteRange = byteRange;
    this.startTime = startTime;
    this.endTime = endTime;
  }

  /** {@code url}, {@code url|start-end} or {@code url|start-} (§2). */
  public String runtimeId() {
    return runtimeId;
  }

  /** The first URI of the reference. */
  public String url() {
    return url;
  }

  /** Null when the segment is the whole resource. */
  public ByteRange byteRange() {
    return byteRange;
  }

  /** Seconds. */
  public double startTime() {
    return startTime;
  }

  /** Seconds. */
  public double endTime() {
    return endTime;
  }

  /**
   * Maps a reference, or returns null when it cannot be registered: no URI, a negative start byte
   * or an end byte before the start byte. Byte range rules (§4.7): an end byte gives the inclusive
   * range {@code start-end}; no end byte gives an open range {@code start-} when the start is above
   * 0, and no range at all when it is 0.
   */
  public static SegmentCandidate of(ShakaReference ref) {
    String url = ref.firstUri();
    if (url == null || url.isEmpty() || ref.startByte() < 0) {
      return null;
    }
    ByteRange range;
    if (ref.endByte() == ShakaReference.NO_END_BYTE) {
      range = ref.startByte() > 0 ? new ByteRange(ref.startByte(), ByteRange.OPEN) : null;
    } else if (ref.endByte() >= ref.startByte()) {
      range = new ByteRange(ref.startByte(), ref.endByte());
    } else {
      return null;
    }
    return new SegmentCandidate(
        Segment.runtimeIdOf(url, range), url, range, ref.startTime(), ref.endTime());
  }

  /** The segment with its external ID. */
  public Segment withExternalId(long externalId) {
    return new Segment(runtimeId, externalId, url, byteRange, startTime, endTime);
  }
}
