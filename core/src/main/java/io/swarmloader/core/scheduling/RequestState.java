package io.swarmloader.core.scheduling;

/** The life of a {@link Request} (player-integration.md §5.5 step 1). */
enum RequestState {
  /** Created for a player request; no attempt yet. */
  NOT_STARTED,
  /** One attempt is in progress. */
  DOWNLOADING,
  /** The last attempt completed; the data waits to be delivered and stored. */
  SUCCEEDED,
  /** The last attempt failed; the bytes held so far are kept. */
  FAILED,
  /** The scheduler aborted the last attempt; the bytes held so far are kept. */
  ABORTED
}
