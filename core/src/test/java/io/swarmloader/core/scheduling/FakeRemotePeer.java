package io.swarmloader.core.scheduling;

import io.swarmloader.core.download.AttemptListener;
import io.swarmloader.core.download.SegmentBuffer;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.p2p.RemotePeer;
import io.swarmloader.core.platform.Cancellable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A connected peer with scripted announcements and speed. Serves at most one download at a time,
 * like a real peer session; the test completes its attempts by hand.
 */
final class FakeRemotePeer implements RemotePeer {
  private final String peerId;
  final Set<Long> loaded = new HashSet<>();
  final Set<Long> httpLoading = new HashSet<>();
  final List<FakeAttempt> attempts = new ArrayList<>();
  double speedBps;
  private FakeAttempt current;

  FakeRemotePeer(String peerId, long... loadedIds) {
    this.peerId = peerId;
    for (long id : loadedIds) {
      loaded.add(id);
    }
  }

  FakeRemotePeer withRange(long firstId, long lastId) {
    for (long id = firstId; id <= lastId; id++) {
      loaded.add(id);
    }
    return this;
  }

  @Override
  public String peerId() {
    return peerId;
  }

  @Override
  public boolean hasLoaded(long externalId) {
    return loaded.contains(externalId);
  }

  @Override
  public boolean isHttpLoading(long externalId) {
    return httpLoading.contains(externalId);
  }

  @Override
  public boolean isDownloading() {
    return current != null;
  }

  @Override
  public double downloadSpeedBps() {
    return speedBps;
  }

  @Override
  public Cancellable download(Segment segment, SegmentBuffer buffer, AttemptListener listener) {
    if (current != null) {
      throw new AssertionError(peerId + " asked for a second download at once");
    }
    FakeAttempt[] self = new FakeAttempt[1];
    self[0] =
        new FakeAttempt(
            segment,
            buffer,
            listener,
            peerId,
            () -> {
              if (current == self[0]) {
                current = null;
              }
            });
    current = self[0];
    attempts.add(current);
    return current.handle();
  }

  FakeAttempt current() {
    if (current == null) {
      throw new AssertionError(peerId + " has no download in progress");
    }
    return current;
  }

  FakeAttempt currentOrNull() {
    return current;
  }
}
