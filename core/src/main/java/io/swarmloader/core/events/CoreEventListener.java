package io.swarmloader.core.events;

import io.swarmloader.core.error.RequestError;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.model.StreamType;

/**
 * The engine's events (player-integration.md §1.5), one method each, default no-ops. {@code peerId}
 * is null for HTTP. Contract: listeners are quick, must not call back into the engine
 * synchronously, and an exception they throw is caught and logged by the dispatcher, never
 * propagated into the engine.
 */
public interface CoreEventListener {
  CoreEventListener NONE = new CoreEventListener() {};

  default void onSegmentLoaded(
      String segmentUrl,
      int bytesLength,
      DownloadSource source,
      String peerId,
      StreamType streamType) {}

  default void onSegmentError(
      RequestError error,
      Segment segment,
      DownloadSource source,
      String peerId,
      StreamType streamType) {}

  default void onSegmentAbort(
      Segment segment, DownloadSource source, String peerId, StreamType streamType) {}

  default void onSegmentStart(
      Segment segment, DownloadSource source, String peerId, StreamType streamType) {}

  default void onPeerConnect(String peerId, StreamType streamType) {}

  default void onPeerClose(String peerId, StreamType streamType) {}

  default void onPeerError(String peerId, StreamType streamType, String error) {}

  default void onChunkDownloaded(int bytesLength, DownloadSource source, String peerId) {}

  default void onChunkUploaded(int bytesLength, String peerId) {}

  default void onTrackerError(StreamType streamType, String error) {}

  default void onTrackerWarning(StreamType streamType, String warning) {}
}
