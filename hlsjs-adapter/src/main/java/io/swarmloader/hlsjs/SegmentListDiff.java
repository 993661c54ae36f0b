package io.swarmloader.hlsjs;

import io.swarmloader.core.model.ByteRange;
import io.swarmloader.core.model.Segment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns an hls.js media playlist into the engine's segment changes (player-integration.md §3.8):
 * runtime IDs from URL and byte range, external IDs by the wire rule of §2 (live: the media
 * sequence number; VOD: the 0-based position in the playlist, as 2.3 hls.js peers number them),
 * then the segments to add (new runtime IDs, in playlist order) and to remove (known IDs missing
 * from the playlist). Pure.
 */
final class SegmentListDiff {
  /** Segments to add, in playback order. */
  final List<Segment> add;

  /** Runtime IDs to remove. */
  final List<String> remove;

  private SegmentListDiff(List<Segment> add, List<String> remove) {
    this.add = add;
    this.remove = remove;
  }

  /** True when the engine needs no call. */
  boolean isEmpty() {
    return add.isEmpty() && remove.isEmpty();
  }

  /**
   * The changes from {@code current} (the stream's registered segments) to {@code fragments}.
   * Fragments without a URL, and repeats of a runtime ID, are skipped; a live fragment without a
   * numeric sequence number is skipped too.
   */
  static SegmentListDiff compute(
      List<FragmentInfo> fragments, boolean isLive, List<Segment> current) {
    Set<String> known = new HashSet<>();
    for (Segment s : current) {
      known.add(s.runtimeId());
    }
    Set<String> seen = new HashSet<>();
    List<Segment> add = new ArrayList<>();
    for (int k = 0; k < fragments.size(); k++) {
      Segment segment = toSegment(fragments.get(k), k, isLive);
      if (segment == null || !seen.add(segment.runtimeId())) {
        continue;
      }
      if (!known.contains(segment.runtimeId())) {
        add.add(segment);
      }
    }
    List<String> remove = new ArrayList<>();
    for (Segment s : current) {
      if (!seen.contains(s.runtimeId())) {
        remove.add(s.runtimeId());
      }
    }
    return new SegmentListDiff(add, remove);
  }

  /** One fragment as a segment, or null when it cannot be registered. */
  static Segment toSegment(FragmentInfo f, int position, boolean isLive) {
    if (f.url == null || f.url.isEmpty()) {
      return null;
    }
    long externalId;
    if (isLive) {
      if (Double.isNaN(f.sn) || Double.isInfinite(f.sn)) {
        return null;
      }
      externalId = (long) f.sn;
    } else {
      externalId = position;
    }
    ByteRange range = HlsByteRanges.fromExclusive(f.rangeStart, f.rangeEndExclusive);
    return new Segment(Segment.runtimeIdOf(f.url, range), externalId, f.url, range, f.start, f.end);
  }
}
