package io.swarmloader.core.download;

/**
 * Bytes of one segment received so far, kept across attempts so that the next attempt (HTTP or P2P)
 * resumes from {@link #heldBytes()} (player-integration.md §5.10).
 *
 * <p>Invariant: {@code 0 <= heldBytes <= capacity}; when {@code totalBytes >= 0}, {@code heldBytes
 * <= totalBytes}. A size mismatch calls {@link #reset()}.
 */
public final class SegmentBuffer {
  private byte[] data = new byte[0];
  private int held;
  private long totalBytes = -1;

  /** Total segment size, or -1 while unknown. */
  public long totalBytes() {
    return totalBytes;
  }

  public void setTotalBytes(long totalBytes) {
    this.totalBytes = totalBytes;
    if (totalBytes >= 0 && totalBytes <= Integer.MAX_VALUE && data.length < totalBytes) {
      byte[] grown = new byte[(int) totalBytes];
      System.arraycopy(data, 0, grown, 0, held);
      data = grown;
    }
  }

  public int heldBytes() {
    return held;
  }

  public boolean isComplete() {
    return totalBytes >= 0 && held == totalBytes;
  }

  /** Appends bytes; the caller has checked them against {@link #totalBytes()}. */
  public void append(byte[] chunk, int offset, int length) {
    if (held + length > data.length) {
      int capacity = Math.max(held + length, data.length * 2);
      byte[] grown = new byte[capacity];
      System.arraycopy(data, 0, grown, 0, held);
      data = grown;
    }
    System.arraycopy(chunk, offset, data, held, length);
    held += length;
  }

  /** Drops all bytes and the known size. */
  public void reset() {
    data = new byte[0];
    held = 0;
    totalBytes = -1;
  }

  /** A copy of exactly the held bytes. */
  public byte[] toByteArray() {
    byte[] out = new byte[held];
    System.arraycopy(data, 0, out, 0, held);
    return out;
  }
}
