package io.swarmloader.core.scheduling;

import io.swarmloader.core.download.SegmentBuffer;
import io.swarmloader.core.events.DownloadSource;
import io.swarmloader.core.model.Segment;

/**
 * The engine's record for obtaining one segment (style.md glossary: request). It outlives its
 * attempts and keeps the partial bytes in {@link #buffer} so that the next attempt, over either
 * transport, resumes from them (player-integration.md §5.10).
 *
 * <p>Invariants: {@code attempt != null} iff {@code state == DOWNLOADING}; {@code data != null} iff
 * {@code state == SUCCEEDED}.
 */
final class Request {
  /** A failure history older than this since the last failure is cleared (§5.11). */
  static final int FAILURE_HISTORY_RESET_MS = 60_000;

  final Segment segment;
  final SegmentBuffer buffer = new SegmentBuffer();

  int state = RequestState.NOT_STARTED; // one of the RequestState constants
  Attempt attempt;

  /** HTTP failures counted against {@code httpErrorRetries}; P2P failures never count. */
  int httpFailureCount;

  /** Clock time of the last failure (HTTP or P2P); NaN when the history is empty. */
  double lastFailureMs = Double.NaN;

  /** The complete segment, once the last attempt succeeded. */
  byte[] data;

  /** Transport and peer of the successful attempt. */
  DownloadSource loadedFrom;

  String loadedFromPeerId;

  /** Storing was started for {@link #data}. */
  boolean storeStarted;

  /** The storage refused {@link #data}; the request then marks the segment as downloaded. */
  boolean storeRefused;

  Request(Segment segment) {
    this.segment = segment;
  }

  String runtimeId() {
    return segment.runtimeId();
  }

  boolean isDownloading() {
    return state == RequestState.DOWNLOADING;
  }

  boolean isDownloadingOver(DownloadSource source) {
    return state == RequestState.DOWNLOADING && attempt.source == source;
  }

  void recordFailure(DownloadSource source, double nowMs) {
    if (source == DownloadSource.HTTP) {
      httpFailureCount++;
    }
    lastFailureMs = nowMs;
  }

  void clearFailureHistory() {
    httpFailureCount = 0;
    lastFailureMs = Double.NaN;
  }

  /** Clears the failure history when the last failure is at least 60 s old. */
  void clearFailureHistoryIfExpired(double nowMs) {
    if (!Double.isNaN(lastFailureMs) && nowMs - lastFailureMs >= FAILURE_HISTORY_RESET_MS) {
      clearFailureHistory();
    }
  }
}
