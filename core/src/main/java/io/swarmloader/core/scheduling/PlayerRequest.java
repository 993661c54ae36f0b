package io.swarmloader.core.scheduling;

import io.swarmloader.core.error.CoreRequestError;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.util.Text;

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
    end(data, bandwidthBps, null);
  }

  void reject(CoreRequestError.Kind kind, String message) {
    end(null, 0, new CoreRequestError(kind, message));
  }

  /** Ends the request with {@code data}, or with {@code error} when it is not null. */
  private void end(byte[] data, double bandwidthBps, CoreRequestError error) {
    if (ended) {
      return;
    }
    ended = true;
    try {
      if (error == null) {
        callback.onSuccess(data, bandwidthBps);
      } else {
        callback.onError(error);
      }
    } catch (RuntimeException e) {
      String what = error == null ? "player onSuccess threw: " : "player onError threw: ";
      logger.warn(Text.cat(what, String.valueOf(e)));
    }
  }
}
