package io.swarmloader.core.model;

import io.swarmloader.core.util.Text;

/**
 * A segment's byte range within its URL. {@code lastInclusive} is {@link #OPEN} for an open range
 * ({@code bytes=first-}).
 */
public record ByteRange(long first, long lastInclusive) {
  public static final long OPEN = -1;

  public ByteRange {
    if (first < 0 || (lastInclusive != OPEN && lastInclusive < first)) {
      throw new IllegalArgumentException(
          Text.cat("invalid byte range ", first, Text.cat("-", lastInclusive)));
    }
  }

  public boolean isOpen() {
    return lastInclusive == OPEN;
  }

  /** Length in bytes, or -1 for an open range. */
  public long length() {
    return isOpen() ? -1 : lastInclusive - first + 1;
  }
}
