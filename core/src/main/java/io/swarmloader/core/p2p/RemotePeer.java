package io.swarmloader.core.p2p;

import io.swarmloader.core.download.AttemptListener;
import io.swarmloader.core.download.SegmentBuffer;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.platform.Cancellable;

/** What the scheduler sees of one connected peer of the current swarm. */
public interface RemotePeer {
  String peerId();

  /** Announced in the peer's latest {@code l} set. */
  boolean hasLoaded(long externalId);

  /** Announced in the peer's latest {@code p} set. */
  boolean isHttpLoading(long externalId);

  /** A download from this peer is in progress (at most one per peer). */
  boolean isDownloading();

  /** Bits per second over the last 15 s of active loading, cached 1 s; 0 when unknown. */
  double downloadSpeedBps();

  /**
   * Requests the segment, resuming from {@code buffer.heldBytes()}. Aborting through the returned
   * handle sends Cancel and records no strike.
   */
  Cancellable download(Segment segment, SegmentBuffer buffer, AttemptListener listener);
}
