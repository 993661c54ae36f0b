package io.swarmloader.core.p2p;

import java.util.function.IntSupplier;

/**
 * The engine-wide cap on concurrent uploads (wire-protocol.md §8.3 rule 7, §10 {@code
 * maxConcurrentUploads}). One instance is shared by every swarm of an engine; a request over the
 * cap is answered with SegmentAbsent at once.
 */
public final class UploadSlots {
  private final IntSupplier maxConcurrentUploads;
  private int inUse;

  /** {@code maxConcurrentUploads} is read on every acquire, so dynamic changes apply. */
  public UploadSlots(IntSupplier maxConcurrentUploads) {
    this.maxConcurrentUploads = maxConcurrentUploads;
  }

  /** Takes a slot if one is free. */
  public boolean tryAcquire() {
    if (inUse >= maxConcurrentUploads.getAsInt()) {
      return false;
    }
    inUse++;
    return true;
  }

  /** Gives back a slot taken by {@link #tryAcquire()}. */
  public void release() {
    if (inUse > 0) {
      inUse--;
    }
  }

  public int inUse() {
    return inUse;
  }
}
