package io.swarmloader.core;

import io.swarmloader.core.model.Segment;
import io.swarmloader.core.model.StreamInfo;
import io.swarmloader.core.util.OrderedMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The streams and segments the adapter registered. Segments keep registration order, which is
 * playback order (player-integration.md §2). Invariant: every segment in a stream's map is also in
 * {@code segmentOwners}, mapped to that stream.
 */
final class StreamRegistry {
  /** One registered stream and its segments in playback order. */
  static final class RegisteredStream {
    final StreamInfo info;
    final OrderedMap<Segment> segments = new OrderedMap<>();
    private List<Segment> orderedCache;

    RegisteredStream(StreamInfo info) {
      this.info = info;
    }

    /** Segments in playback order; the list is a snapshot replaced on every change. */
    List<Segment> segments() {
      if (orderedCache == null) {
        orderedCache = segments.valueList();
      }
      return orderedCache;
    }

    private void changed() {
      orderedCache = null;
    }
  }

  private final OrderedMap<RegisteredStream> streams = new OrderedMap<>();
  private final Map<String, RegisteredStream> segmentOwners = new HashMap<>();

  /** Registers a stream unless one with its runtime ID exists; returns true when added. */
  boolean addIfAbsent(StreamInfo info) {
    if (streams.containsKey(info.runtimeId())) {
      return false;
    }
    streams.put(info.runtimeId(), new RegisteredStream(info));
    return true;
  }

  RegisteredStream stream(String runtimeId) {
    return streams.get(runtimeId);
  }

  Collection<RegisteredStream> streams() {
    return streams.valueList();
  }

  /**
   * Adds segments not yet known (in the order given) and removes the listed runtime IDs. Returns
   * the removed segments; unknown stream IDs change nothing and return an empty list.
   */
  List<Segment> update(String streamRuntimeId, List<Segment> add, List<String> removeIds) {
    RegisteredStream stream = streams.get(streamRuntimeId);
    List<Segment> removed = new ArrayList<>();
    if (stream == null) {
      return removed;
    }
    for (String id : removeIds) {
      Segment gone = stream.segments.remove(id);
      if (gone != null) {
        segmentOwners.remove(id);
        removed.add(gone);
      }
    }
    for (Segment segment : add) {
      if (!stream.segments.containsKey(segment.runtimeId())
          && !segmentOwners.containsKey(segment.runtimeId())) {
        stream.segments.put(segment.runtimeId(), segment);
        segmentOwners.put(segment.runtimeId(), stream);
      }
    }
    stream.changed();
    return removed;
  }

  /** The stream owning a segment runtime ID, or null. */
  RegisteredStream ownerOf(String segmentRuntimeId) {
    return segmentOwners.get(segmentRuntimeId);
  }

  Segment segment(String segmentRuntimeId) {
    RegisteredStream owner = segmentOwners.get(segmentRuntimeId);
    return owner == null ? null : owner.segments.get(segmentRuntimeId);
  }

  void clear() {
    streams.clear();
    segmentOwners.clear();
  }
}
