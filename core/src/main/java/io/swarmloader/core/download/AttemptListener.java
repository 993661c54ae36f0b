package io.swarmloader.core.download;

import io.swarmloader.core.error.RequestError;

/**
 * Events of one download attempt (one HTTP fetch or one request to one peer). Exactly one of {@link
 * #onSuccess()} or {@link #onFailure} ends an attempt, unless it was aborted through its {@code
 * Cancellable}, after which nothing fires.
 */
public interface AttemptListener {
  /** {@code length} bytes were appended to the attempt's {@link SegmentBuffer}. */
  void onChunk(int length);

  /** The buffer is complete and validated. */
  void onSuccess();

  void onFailure(RequestError error);
}
