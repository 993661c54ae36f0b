package io.swarmloader.core.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The three ways every codec and joiner test delivers a command body (style.md §2.5): one body byte
 * per frame, frames of the maximum message size, and seeded random piece sizes. Receivers only
 * concatenate payloads, so any piece sizes must decode the same.
 */
enum Split {
  ONE_BYTE,
  MAX_MESSAGE,
  SEEDED_RANDOM;

  static final int MAX_MESSAGE_BYTES = 65_535;

  /** Frames of {@code body}; {@code seed} drives {@link #SEEDED_RANDOM}. */
  List<byte[]> frames(byte[] body, long seed) {
    switch (this) {
      case ONE_BYTE:
        return Framer.frame(body, Framer.MIN_MESSAGE_BYTES);
      case MAX_MESSAGE:
        return Framer.frame(body, MAX_MESSAGE_BYTES);
      default:
        return randomFrames(body, new SplittableRandom(seed));
    }
  }

  /** A label for assertion messages, with the seed when it matters. */
  String describe(long seed) {
    return this == SEEDED_RANDOM ? name() + " seed=" + seed : name();
  }

  private static List<byte[]> randomFrames(byte[] body, SplittableRandom random) {
    List<byte[]> frames = new ArrayList<>();
    int offset = 0;
    while (offset < body.length) {
      int length = 1 + random.nextInt(Math.min(body.length - offset, 64));
      boolean first = offset == 0;
      boolean last = offset + length == body.length;
      byte[] frame = new byte[length + 8];
      FrameMarkers.writeStart(frame, 0, first);
      System.arraycopy(body, offset, frame, 4, length);
      FrameMarkers.writeEnd(frame, 4 + length, last);
      frames.add(frame);
      offset += length;
    }
    return frames;
  }
}
