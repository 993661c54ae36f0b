package io.swarmloader.core.scheduling;

import io.swarmloader.core.download.AttemptListener;
import io.swarmloader.core.download.SegmentBuffer;
import io.swarmloader.core.download.SegmentDownloader;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.platform.Cancellable;
import java.util.ArrayList;
import java.util.List;

/** A {@link SegmentDownloader} whose attempts the test completes by hand. */
final class FakeDownloader implements SegmentDownloader {
  final List<FakeAttempt> attempts = new ArrayList<>();

  @Override
  public Cancellable download(Segment segment, SegmentBuffer buffer, AttemptListener listener) {
    FakeAttempt attempt = new FakeAttempt(segment, buffer, listener, null, () -> {});
    attempts.add(attempt);
    return attempt.handle();
  }

  List<FakeAttempt> active() {
    List<FakeAttempt> result = new ArrayList<>();
    for (FakeAttempt attempt : attempts) {
      if (attempt.isActive()) {
        result.add(attempt);
      }
    }
    return result;
  }

  /** External IDs of the active attempts, in start order. */
  List<Long> activeIds() {
    List<Long> ids = new ArrayList<>();
    for (FakeAttempt attempt : active()) {
      ids.add(attempt.segment.externalId());
    }
    return ids;
  }

  /** The active attempt for a segment. */
  FakeAttempt activeFor(long externalId) {
    for (FakeAttempt attempt : active()) {
      if (attempt.segment.externalId() == externalId) {
        return attempt;
      }
    }
    throw new AssertionError("no active attempt for segment " + externalId + ": " + activeIds());
  }

  FakeAttempt last() {
    return attempts.get(attempts.size() - 1);
  }
}
