package io.swarmloader.shaka.hls;

/**
 * Where one segment sits in its media playlist. A plain class rather than a record: a record's
 * generated {@code equals} and {@code hashCode} would ship in the bundle unused.
 */
public final class SegmentNumber {
  private final long mediaSequence;
  private final int position;

  public SegmentNumber(long mediaSequence, int position) {
    this.mediaSequence = mediaSequence;
    this.position = position;
  }

  /** The media sequence number: {@code EXT-X-MEDIA-SEQUENCE} plus the position. */
  public long mediaSequence() {
    return mediaSequence;
  }

  /** The 0-based position in the playlist (segments skipped by {@code EXT-X-SKIP} count). */
  public int position() {
    return position;
  }
}
