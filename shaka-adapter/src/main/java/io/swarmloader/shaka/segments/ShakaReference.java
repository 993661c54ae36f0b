package io.swarmloader.shaka.segments;

/**
 * What the adapter reads from one {@code shaka.media.SegmentReference} (player-integration.md
 * §4.7). Immutable; equality is by value, which is how a re-read of a live index notices that its
 * first or last reference changed.
 *
 * @param firstUri {@code getUris()[0]}, or null when the reference has no URI; Shaka requests the
 *     first URI first, so the segment is registered under it (§7 row 9)
 * @param startByte {@code getStartByte()}
 * @param endByte {@code getEndByte()}, inclusive, or {@link #NO_END_BYTE} when it is null
 * @param startTime {@code getStartTime()}, seconds
 * @param endTime {@code getEndTime()}, seconds
 */
public record ShakaReference(
    String firstUri, long startByte, long endByte, double startTime, double endTime) {
  /** {@code getEndByte()} returned null: the segment runs to the end of the resource. */
  public static final long NO_END_BYTE = -1;
}
