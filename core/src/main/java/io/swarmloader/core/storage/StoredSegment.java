package io.swarmloader.core.storage;

import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.util.Text;

/**
 * One segment held by {@link MemorySegmentStorage}. {@code data} is the storage's own copy: it is
 * never handed out, only copies of it. A plain class rather than a record: nothing compares stored
 * segments by value, and a record's generated {@code equals} would only add to the bundle.
 */
final class StoredSegment {
  private final String key;
  private final String streamId;
  private final long segmentId;
  private final byte[] data;
  private final double startTime;
  private final double endTime;
  private final StreamType streamType;
  private final boolean isLive;

  /**
   * @param key {@code "{streamId}|{segmentId}"} (player-integration.md §6.1)
   * @param startTime seconds, player media time
   * @param endTime seconds
   */
  StoredSegment(
      String key,
      String streamId,
      long segmentId,
      byte[] data,
      double startTime,
      double endTime,
      StreamType streamType,
      boolean isLive) {
    this.key = key;
    this.streamId = streamId;
    this.segmentId = segmentId;
    this.data = data;
    this.startTime = startTime;
    this.endTime = endTime;
    this.streamType = streamType;
    this.isLive = isLive;
  }

  static String keyOf(String streamId, long segmentId) {
    return Text.cat(streamId, Text.cat("|", segmentId));
  }

  String key() {
    return key;
  }

  String streamId() {
    return streamId;
  }

  long segmentId() {
    return segmentId;
  }

  byte[] data() {
    return data;
  }

  double startTime() {
    return startTime;
  }

  double endTime() {
    return endTime;
  }

  StreamType streamType() {
    return streamType;
  }

  boolean isLive() {
    return isLive;
  }

  int sizeBytes() {
    return data.length;
  }
}
