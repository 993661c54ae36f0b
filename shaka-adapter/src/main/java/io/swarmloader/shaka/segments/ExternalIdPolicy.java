package io.swarmloader.shaka.segments;

import java.util.List;
import java.util.Map;

/**
 * Numbers the segments of one stream: the external IDs of player-integration.md §2 and
 * wire-protocol.md §2.6. DASH and HLS differ ({@link DashExternalIds}, {@code HlsExternalIds}).
 */
public interface ExternalIdPolicy {
  /** Marks a candidate that must not be registered. */
  long SKIP = Long.MIN_VALUE;

  /** JavaScript numbers hold integers exactly up to here; no external ID may exceed it. */
  long MAX_SAFE_INTEGER = 9007199254740991L;

  /**
   * The external IDs of {@code candidates}, index for index; {@link #SKIP} for a candidate that
   * must not be registered.
   *
   * @param candidates the stream's current references in playback order, runtime IDs distinct
   * @param registered the external IDs already registered for this stream, by runtime ID
   */
  long[] assign(List<SegmentCandidate> candidates, Map<String, Long> registered);
}
