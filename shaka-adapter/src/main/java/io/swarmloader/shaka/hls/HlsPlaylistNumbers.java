package io.swarmloader.shaka.hls;

import io.swarmloader.core.util.OrderedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The numbers of one parsed HLS media playlist (player-integration.md §4.7): for every segment
 * whose runtime ID could be computed, its media sequence number and position. Immutable.
 *
 * <p>External ID rule (player-integration.md §2, wire-protocol.md §2.6), the same in both
 * SwarmLoader adapters: a live playlist (no {@code EXT-X-ENDLIST}) numbers by media sequence, a VOD
 * playlist by 0-based position.
 */
public final class HlsPlaylistNumbers {
  private final String playlistUrl;
  private final long mediaSequence;
  private final boolean isVod;
  private final int segmentCount;
  private final Map<String, SegmentNumber> byRuntimeId;
  private final List<String> runtimeIds;

  HlsPlaylistNumbers(
      String playlistUrl,
      long mediaSequence,
      boolean isVod,
      int segmentCount,
      Map<String, SegmentNumber> byRuntimeId,
      List<String> runtimeIds) {
    this.playlistUrl = playlistUrl;
    this.mediaSequence = mediaSequence;
    this.isVod = isVod;
    this.segmentCount = segmentCount;
    this.byRuntimeId = byRuntimeId;
    this.runtimeIds = runtimeIds;
  }

  /** The URL the segment URIs were resolved against (the playlist's response URL). */
  public String playlistUrl() {
    return playlistUrl;
  }

  /** {@code EXT-X-MEDIA-SEQUENCE}, 0 when absent. */
  public long mediaSequence() {
    return mediaSequence;
  }

  /** True when the playlist has {@code EXT-X-ENDLIST}. */
  public boolean isVod() {
    return isVod;
  }

  /**
   * Segments in the playlist, those skipped by {@code EXT-X-SKIP} included, and those whose runtime
   * ID could not be computed (a malformed byte range) included.
   */
  public int segmentCount() {
    return segmentCount;
  }

  /** True when the playlist has at least one segment, i.e. {@link #lastMediaSequence()} exists. */
  public boolean hasSegments() {
    return segmentCount > 0;
  }

  /** Media sequence number of the newest segment; meaningful only when {@link #hasSegments()}. */
  public long lastMediaSequence() {
    return mediaSequence + segmentCount - 1;
  }

  /** The numbers of a segment, or null when the playlist does not list that runtime ID. */
  public SegmentNumber find(String runtimeId) {
    return byRuntimeId.get(runtimeId);
  }

  /**
   * The external ID of a listed segment (live: media sequence number, VOD: position), or null when
   * the playlist does not list that runtime ID.
   */
  public Long externalIdOf(String runtimeId) {
    SegmentNumber n = byRuntimeId.get(runtimeId);
    if (n == null) {
      return null;
    }
    return isVod ? (long) n.position() : n.mediaSequence();
  }

  /**
   * Runtime IDs of the listed segments, in playlist order (the first occurrence of each); a copy.
   */
  public List<String> runtimeIds() {
    return new ArrayList<>(runtimeIds);
  }

  /** The whole map, runtime ID to numbers, in playlist order; a copy. */
  public Map<String, SegmentNumber> numbers() {
    OrderedMap<SegmentNumber> copy = new OrderedMap<>();
    for (int i = 0; i < runtimeIds.size(); i++) {
      String runtimeId = runtimeIds.get(i);
      copy.put(runtimeId, byRuntimeId.get(runtimeId));
    }
    return copy;
  }
}
