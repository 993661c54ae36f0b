package io.swarmloader.shaka.segments;

/**
 * What the adapter reads from one {@code shaka.media.SegmentReference} (player-integration.md
 * §4.7). Immutable; {@link #sameAs} compares by value, which is how a re-read of a live index
 * notices that its first or last reference changed. A plain class rather than a record: a record's
 * generated {@code equals} and {@code hashCode} would ship in the bundle.
 */
public final class ShakaReference {
  /** {@code getEndByte()} returned null: the segment runs to the end of the resource. */
  public static final long NO_END_BYTE = -1;

  private final String firstUri;
  private final long startByte;
  private final long endByte;
  private final double startTime;
  private final double endTime;

  public ShakaReference(
      String firstUri, long startByte, long endByte, double startTime, double endTime) {
    this.firstUri = firstUri;
    this.startByte = startByte;
    this.endByte = endByte;
    this.startTime = startTime;
    this.endTime = endTime;
  }

  /** {@code getUris()[0]}, or null without URI; Shaka requests it first (§7 row 9). */
  public String firstUri() {
    return firstUri;
  }

  /** {@code getStartByte()}. */
  public long startByte() {
    return startByte;
  }

  /** {@code getEndByte()}, inclusive, or {@link #NO_END_BYTE} when it is null. */
  public long endByte() {
    return endByte;
  }

  /** {@code getStartTime()}, seconds. */
  public double startTime() {
    return startTime;
  }

  /** {@code getEndTime()}, seconds. */
  public double endTime() {
    return endTime;
  }

  /** Both null, or both with equal fields (doubles compared as {@link Double#compare} does). */
  public static boolean sameAs(ShakaReference a, ShakaReference b) {
    if (a == null || b == null) {
      return a == b;
    }
    return (a.firstUri == null ? b.firstUri == null : a.firstUri.equals(b.firstUri))
        && a.startByte == b.startByte
        && a.endByte == b.endByte
        && Double.compare(a.startTime, b.startTime) == 0
        && Double.compare(a.endTime, b.endTime) == 0;
  }
}
