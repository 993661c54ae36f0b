package io.swarmloader.core.scheduling;

/**
 * The life of a {@link Request} (player-integration.md §5.5 step 1). Int constants rather than an
 * enum: an enum is a class with {@code values()}, {@code valueOf} and a static initialiser in the
 * bundle, and nothing here needs more than comparing states.
 */
final class RequestState {
  /** Created for a player request; no attempt yet. */
  static final int NOT_STARTED = 0;

  /** One attempt is in progress. */
  static final int DOWNLOADING = 1;

  /** The last attempt completed; the data waits to be delivered and stored. */
  static final int SUCCEEDED = 2;

  /** The last attempt failed; the bytes held so far are kept. */
  static final int FAILED = 3;

  /** The scheduler aborted the last attempt; the bytes held so far are kept. */
  static final int ABORTED = 4;

  private RequestState() {}
}
