package io.swarmloader.core.storage;

import io.swarmloader.core.model.StreamType;

/**
 * One segment held by {@link MemorySegmentStorage}. {@code data} is the storage's own copy: it is
 * never handed out, only copies of it.
 *
 * @param key {@code "{streamId}|{segmentId}"} (player-integration.md §6.1)
 * @param startTime seconds, player media time
 * @param endTime seconds
 */
record StoredSegment(
    String key,
    String streamId,
    long segmentId,
    byte[] data,
    double startTime,
    double endTime,
    StreamType streamType,
    boolean isLive) {

  static String keyOf(String streamId, long segmentId) {
    return streamId + "|" + segmentId;
  }

  int sizeBytes() {
    return data.length;
  }
}
