package io.swarmloader.shaka.segments;

import io.swarmloader.core.model.Segment;
import java.util.List;

/**
 * The arguments of one {@code Core.updateStream(streamRuntimeId, add, removeIds)} call. The engine
 * removes before it adds, so a runtime ID may appear in both lists: the segment is then moved to
 * its place in playback order.
 *
 * @param add segments to register, in playback order
 * @param removeIds runtime IDs to remove
 */
public record StreamUpdate(List<Segment> add, List<String> removeIds) {
  /** True when there is nothing to tell the engine (make no call). */
  public boolean isEmpty() {
    return add.isEmpty() && removeIds.isEmpty();
  }
}
