package io.swarmloader.core.storage;

import io.swarmloader.core.config.CommonConfig;
import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.model.StreamType;
import java.util.function.Consumer;

/**
 * The SegmentStorage contract of player-integration.md §6.1, callback style. {@code streamId} is
 * the stream swarm ID ({@code v2-...}), {@code segmentId} the external ID. Promise-returning JS
 * methods become callbacks; a callback may run synchronously or later.
 */
public interface SegmentStorage {
  void initialize(
      CommonConfig common, StreamConfig main, StreamConfig secondary, Runnable onInitialized);

  void onPlaybackUpdated(double position, double rate);

  void onSegmentRequested(
      String swarmId,
      String streamId,
      long segmentId,
      double startTime,
      double endTime,
      StreamType streamType,
      boolean isLive);

  /** Stores a complete segment; {@code onDone} receives false when it was refused. */
  void storeSegment(
      String swarmId,
      String streamId,
      long segmentId,
      byte[] data,
      double startTime,
      double endTime,
      StreamType streamType,
      boolean isLive,
      Consumer<Boolean> onDone);

  /** Reads one segment; null when absent. */
  void getSegmentData(String swarmId, String streamId, long segmentId, Consumer<byte[]> result);

  StorageUsage getUsage();

  boolean hasSegment(String swarmId, String streamId, long segmentId);

  long[] getStoredSegmentIds(String swarmId, String streamId);

  /** The storage calls {@code callback.accept(streamId)} whenever a stream's segments change. */
  void setSegmentChangeCallback(Consumer<String> callback);

  void destroy();
}
