package io.swarmloader.core.protocol;

import io.swarmloader.core.util.Text;
import java.util.ArrayList;
import java.util.List;

/** Splits a command body into command frames (wire-protocol.md §5.2). */
public final class Framer {
  /** The smallest message size that can carry a frame with one body byte. */
  public static final int MIN_MESSAGE_BYTES = FrameMarkers.OVERHEAD_BYTES + 1;

  private Framer() {}

  /**
   * Frames {@code body} for messages of at most {@code maxMessageBytes}: one {@code cstr…cend}
   * frame when it fits, otherwise {@code cstr…dend}, {@code dstr…dend}…, {@code dstr…cend}.
   *
   * @throws IllegalArgumentException if {@code maxMessageBytes < 9} or the body is empty
   */
  public static List<byte[]> frame(byte[] body, int maxMessageBytes) {
    if (maxMessageBytes < MIN_MESSAGE_BYTES || body.length == 0) {
      throw new IllegalArgumentException(Text.cat("cannot frame ", body.length, " bytes"));
    }
    int len = body.length;
    List<byte[]> frames = new ArrayList<>();
    int maxPayload = maxMessageBytes - FrameMarkers.OVERHEAD_BYTES;
    if (len <= maxPayload) {
      frames.add(wrap(body, 0, len, true, true));
      return frames;
    }
    // §5.2: n = ceil(len / max), incremented until the pieces fit (SwarmLoader repeats the step).
    // The repeated increment stops at the smallest n with ceil(len / n) <= maxPayload, which is
    // ceil(len / maxPayload) since that is never below the starting value.
    int n = Math.max(ceilDiv(len, maxMessageBytes), ceilDiv(len, maxPayload));
    int piece = ceilDiv(len, n);
    for (int offset = 0; offset < len; offset += piece) {
      int length = Math.min(piece, len - offset);
      frames.add(wrap(body, offset, length, offset == 0, offset + length == len));
    }
    return frames;
  }

  private static byte[] wrap(byte[] body, int offset, int length, boolean first, boolean last) {
    byte[] frame = new byte[length + FrameMarkers.OVERHEAD_BYTES];
    FrameMarkers.writeStart(frame, 0, first);
    System.arraycopy(body, offset, frame, 4, length);
    FrameMarkers.writeEnd(frame, 4 + length, last);
    return frame;
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }
}
