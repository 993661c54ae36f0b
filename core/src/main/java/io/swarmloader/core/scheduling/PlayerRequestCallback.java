package io.swarmloader.core.scheduling;

import io.swarmloader.core.error.CoreRequestError;

/**
 * How a player request ends: exactly one of the two methods is called, once. {@code data} is the
 * complete segment; the receiver must not modify it (storage may hold the same array).
 */
public interface PlayerRequestCallback {
  /** {@code bandwidthBps} in bits per second (player-integration.md §5.13); may be 0. */
  void onSuccess(byte[] data, double bandwidthBps);

  void onError(CoreRequestError error);
}
