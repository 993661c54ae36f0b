package io.swarmloader.core.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.protocol.PeerCommand.SegmentsAnnouncement;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class FramerTest {
  @Test
  void frame_specSplitVector_matchesBytes() {
    long[] ids = new long[20];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = k * 256L;
    }
    byte[] body = CommandCodec.encode(new SegmentsAnnouncement(ids, new long[0]));
    assertEquals(83, body.length);
    List<byte[]> frames = Framer.frame(body, 64);
    assertEquals(2, frames.size());
    assertEquals(
        "63 73 74 72 00 6c 10 14 01 01 00 02 01 01 00 02 02 01 00 02 03 01 00 02 04 01 00 02 05"
            + " 01 00 02 06 01 00 02 07 01 00 02 08 01 00 02 09 01 64 65 6e 64",
        Hex.format(frames.get(0)));
    assertEquals(
        "64 73 74 72 00 02 0a 01 00 02 0b 01 00 02 0c 01 00 02 0d 01 00 02 0e 01 00 02 0f 01"
            + " 00 02 10 01 00 02 11 01 00 02 12 01 00 02 13 01 00 63 65 6e 64",
        Hex.format(frames.get(1)));
  }

  @Test
  void join_specSplitVectorFrames_decodeToAnnouncement() {
    JoinRecorder recorder = new JoinRecorder();
    FrameJoiner joiner = new FrameJoiner(() -> 1 << 20, recorder);
    joiner.push(
        Hex.parse(
            "63 73 74 72 00 6c 10 14 01 01 00 02 01 01 00 02 02 01 00 02 03 01 00 02 04 01 00"
                + " 02 05 01 00 02 06 01 00 02 07 01 00 02 08 01 00 02 09 01 64 65 6e 64"));
    assertEquals(0, recorder.bodies.size());
    joiner.push(
        Hex.parse(
            "64 73 74 72 00 02 0a 01 00 02 0b 01 00 02 0c 01 00 02 0d 01 00 02 0e 01 00 02 0f"
                + " 01 00 02 10 01 00 02 11 01 00 02 12 01 00 02 13 01 00 63 65 6e 64"));
    long[] ids = new long[20];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = k * 256L;
    }
    assertEquals(
        new DecodeResult.Decoded(new SegmentsAnnouncement(ids, new long[0])),
        CommandCodec.decode(recorder.bodies.get(0), 65_536));
  }

  @Test
  void frame_bodyThatFitsExactly_oneFrame() {
    byte[] body = new byte[56];
    List<byte[]> frames = Framer.frame(body, 64);
    assertEquals(1, frames.size());
    assertEquals(64, frames.get(0).length);
    assertEquals(2, Framer.frame(new byte[57], 64).size());
  }

  @Test
  void frame_needsRepeatedIncrement_piecesStillFit() {
    // n = ceil(1000 / 64) = 16 gives pieces of 63 > 56; 2.3.x stops at 17 (59), SwarmLoader goes
    // on to 18 (56).
    List<byte[]> frames = Framer.frame(new byte[1000], 64);
    assertEquals(18, frames.size());
    for (byte[] f : frames) {
      assertTrue(f.length <= 64, "frame of " + f.length);
    }
  }

  @Test
  void frame_allLengthsAndLimits_followSplitRules() {
    int[] limits = {9, 10, 64, 100, 1000};
    SplittableRandom random = new SplittableRandom(52);
    for (int max : limits) {
      for (int len = 1; len <= (max < 64 ? 300 : 2_100); len++) {
        byte[] body = new byte[len];
        random.nextBytes(body);
        List<byte[]> frames = Framer.frame(body, max);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (int k = 0; k < frames.size(); k++) {
          byte[] f = frames.get(k);
          int index = k;
          int length = len;
          Supplier<String> where = () -> "len " + length + " max " + max + " frame " + index;
          assertTrue(f.length <= max && f.length > 8, where);
          assertEquals(k == 0 ? 'c' : 'd', f[0], where);
          assertEquals(k == frames.size() - 1 ? 'c' : 'd', f[f.length - 4], where);
          assertTrue(FrameMarkers.isCommandFrame(f), where);
          joined.write(f, 4, f.length - 8);
        }
        assertArrayEquals(body, joined.toByteArray(), "len " + len + " max " + max);
        assertEquals(len + 8 <= max, frames.size() == 1, "len " + len + " max " + max);
      }
    }
  }

  @Test
  void frame_tooSmallLimitOrEmptyBody_throws() {
    assertThrows(IllegalArgumentException.class, () -> Framer.frame(new byte[3], 8));
    assertThrows(IllegalArgumentException.class, () -> Framer.frame(new byte[0], 64));
  }

  @Test
  void isCommandFrame_markerCombinations() {
    assertTrue(FrameMarkers.isCommandFrame(Hex.parse("63 73 74 72 64 65 6e 64")));
    assertTrue(FrameMarkers.isCommandFrame(Hex.parse("64 73 74 72 00 63 65 6e 64")));
    assertEquals(false, FrameMarkers.isCommandFrame(Hex.parse("63 73 74 72 65 6e 64")));
    assertEquals(false, FrameMarkers.isCommandFrame(Hex.parse("63 73 74 72 00 63 65 6e 65")));
    assertEquals(false, FrameMarkers.isCommandFrame(Hex.parse("65 73 74 72 00 63 65 6e 64")));
    assertEquals(false, FrameMarkers.isCommandFrame(new byte[0]));
  }
}
