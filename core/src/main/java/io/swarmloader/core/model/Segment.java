package io.swarmloader.core.model;

import io.swarmloader.core.util.Text;

/**
 * One media segment as the player knows it. Immutable.
 *
 * @param runtimeId local key: the absolute URL, or {@code url|first-last} (inclusive) for a byte
 *     range, {@code url|first-} for an open one; never sent on the wire
 * @param externalId the wire ID (HLS media sequence or position, DASH trunc(start/0.5))
 * @param byteRange null when the segment is the whole URL
 * @param startTime seconds, player media time
 * @param endTime seconds
 */
public record Segment(
    String runtimeId,
    long externalId,
    String url,
    ByteRange byteRange,
    double startTime,
    double endTime) {

  /** Builds the runtime ID for a URL and an optional byte range (player-integration.md §2). */
  public static String runtimeIdOf(String url, ByteRange range) {
    if (range == null) {
      return url;
    }
    String openEnded = Text.cat(url, Text.cat("|", range.first(), "-"));
    return range.isOpen() ? openEnded : Text.cat(openEnded, range.lastInclusive());
  }

  public double durationS() {
    return endTime - startTime;
  }
}
