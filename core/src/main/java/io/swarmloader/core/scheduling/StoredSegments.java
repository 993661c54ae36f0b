package io.swarmloader.core.scheduling;

import io.swarmloader.core.model.Segment;
import java.util.function.Consumer;

/**
 * What a hybrid loader needs from segment storage. Implemented by the Core on top of {@code
 * SegmentStorage}: it resolves each segment's swarm and stream swarm ID itself, so a segment of a
 * stream the loader has switched away from is still stored under its own stream.
 */
public interface StoredSegments {
  /** Synchronous: the segment is stored complete. */
  boolean has(Segment segment);

  /** Reads a stored segment; {@code result} gets null when it is gone. May answer later. */
  void read(Segment segment, Consumer<byte[]> result);

  /**
   * Stores a complete segment. The storage must not modify {@code data}. {@code onDone} receives
   * false when the storage refused it (player-integration.md §6.3). May answer later.
   */
  void store(Segment segment, byte[] data, Consumer<Boolean> onDone);

  /**
   * Free capacity as a ratio from 0 to 1: {@code 1 − used / total} (player-integration.md §6.4).
   */
  double freeRatio();

  /**
   * Servable stored external IDs of the loader's current stream: what is announced as {@code l}.
   */
  long[] servableIds();
}
