package io.swarmloader.hlsjs;

/**
 * What the adapter reads from one hls.js {@code details.fragments[k]} (player-integration.md §3.8).
 * NaN stands for JS {@code undefined}. A plain class rather than a record: a record's generated
 * {@code equals} would ship in the bundle unused.
 */
final class FragmentInfo {
  /** {@code fragment.url}. */
  final String url;

  /** {@code fragment.sn}, the media sequence number. */
  final double sn;

  /** {@code fragment.byteRange[0]}. */
  final double rangeStart;

  /** {@code fragment.byteRange[1]}. */
  final double rangeEndExclusive;

  /** {@code fragment.start}, seconds. */
  final double start;

  /** {@code fragment.end}, seconds. */
  final double end;

  FragmentInfo(
      String url,
      double sn,
      double rangeStart,
      double rangeEndExclusive,
      double start,
      double end) {
    this.url = url;
    this.sn = sn;
    this.rangeStart = rangeStart;
    this.rangeEndExclusive = rangeEndExclusive;
    this.start = start;
    this.end = end;
  }
}
