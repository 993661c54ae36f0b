package io.swarmloader.core.scheduling;

import io.swarmloader.core.model.Segment;
import java.util.List;

/**
 * The segments of a loader's current stream, in registration (playback) order
 * (player-integration.md §2: the scheduler walks them in insertion order). The Core updates the
 * list as playlists change and when the current stream switches; the loader only reads it.
 */
public interface StreamSegments {
  /** The current segments in playback order; read-only for the caller. */
  List<Segment> inPlaybackOrder();

  /** Position of the segment with this runtime ID in {@link #inPlaybackOrder()}, or -1. */
  default int indexOf(String runtimeId) {
    List<Segment> segments = inPlaybackOrder();
    for (int i = 0; i < segments.size(); i++) {
      if (segments.get(i).runtimeId().equals(runtimeId)) {
        return i;
      }
    }
    return -1;
  }
}
