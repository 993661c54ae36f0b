package io.swarmloader.core.scheduling;

import io.swarmloader.core.error.CoreRequestError;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.platform.Logger;

/**
 * The one request the player waits on for a stream type (player-integration.md §2). Ends exactly
 * once; later calls are ignored. Exceptions thrown by the player's callback are caught and logged.
 */
final class PlayerRequest {
  final Segment segment;
  private final PlayerRequestCallback callback;
  private final Logger logger;

  /** Set by a significant playback change (§5.2); consumed by step 3 of the next pass. */
  boolean startImmediately;

  private boolean ended;

  PlayerRequest(Segment segment, PlayerRequestCallback callback, Logger logger) {
    this.segment = segment;
    this.callback = callback;
    this.logger = logger;
  }

  boolean isFor(String runtimeId) {
    return segment.runtimeId().equals(runtimeId);
  }

  void resolve(byte[] data, double bandwidthBps) {
    if (ended) {
      return;
    }
    ended = true;
    try {
      callback.onSuccess(data, bandwidthBps);
    } catch (RuntimeException e) {
      logger.warn("player onSuccess threw: " + e);
    }
  }

  void reject(CoreRequestError.Kind kind, String message) {
    if (ended) {
      return;
    }
    ended = true;
    try {
      callback.onError(new CoreRequestError(kind, message));
    } catch (RuntimeException e) {
      logger.warn("player onError threw: " + e);
    }
  }
}
