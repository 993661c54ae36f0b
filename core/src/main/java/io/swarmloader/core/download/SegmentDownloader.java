package io.swarmloader.core.download;

import io.swarmloader.core.model.Segment;
import io.swarmloader.core.platform.Cancellable;

/**
 * Starts one download attempt of a segment into a buffer, resuming from {@code buffer.heldBytes()}.
 * Aborting through the handle keeps the bytes and fires nothing.
 */
public interface SegmentDownloader {
  Cancellable download(Segment segment, SegmentBuffer buffer, AttemptListener listener);
}
