package io.swarmloader.shaka.segments;

import io.swarmloader.core.model.Segment;
import java.util.List;

/**
 * The arguments of one {@code Core.updateStream(streamRuntimeId, add, removeIds)} call. The engine
 * removes before it adds, so a runtime ID may appear in both lists: the segment is then moved to
 * its place in playback order.
 */
public final class StreamUpdate {
  private final List<Segment> add;
  private final List<String> removeIds;

  public StreamUpdate(List<Segment> add, List<String> removeIds) {
    this.add = add;
    this.removeIds = removeIds;
  }

  /** Segments to register, in playback order. */
  public List<Segment> add() {
    return add;
  }

  /** Runtime IDs to remove. */
  public List<String> removeIds() {
    return removeIds;
  }

  /** True when there is nothing to tell the engine (make no call). */
  public boolean isEmpty() {
    return add.isEmpty() && removeIds.isEmpty();
  }
}
