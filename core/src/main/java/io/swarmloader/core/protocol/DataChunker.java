package io.swarmloader.core.protocol;

import io.swarmloader.core.util.Text;

/**
 * Cuts segment data into data-channel messages for upload (wire-protocol.md §5.4). A chunk that
 * would look like a command frame is shortened by one byte, which moves to the front of the next
 * chunk (or into an extra 1-byte message at the end); no end marker overlaps another by three
 * bytes, so the shortened chunk never looks like a frame.
 */
public final class DataChunker {
  private DataChunker() {}

  /**
   * Length of the chunk starting at {@code offset}: at most {@code maxChunkBytes} and the bytes
   * left before {@code end}, and never a command-frame look-alike.
   *
   * @throws IllegalArgumentException if no byte is left or {@code maxChunkBytes < 1}
   */
  public static int nextChunkLength(byte[] data, int offset, int end, int maxChunkBytes) {
    if (offset >= end || maxChunkBytes < 1) {
      throw new IllegalArgumentException(Text.cat("no chunk at ", offset));
    }
    int length = Math.min(maxChunkBytes, end - offset);
    if (FrameMarkers.isCommandFrame(data, offset, length)) {
      length--;
    }
    return length;
  }
}
