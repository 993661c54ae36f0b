package io.swarmloader.core.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DataChunkerTest {
  @Test
  void chunks_frameLookalike_shortenedByOneByteMovedToNextChunk() {
    byte[] data = ascii("cstrABCDcendXYZ");
    List<byte[]> chunks = chunk(data, 0, 12);
    assertEquals(List.of("cstrABCDcen", "dXYZ"), texts(chunks));
  }

  @Test
  void chunks_lastChunkLookalike_extraOneByteMessage() {
    List<byte[]> chunks = chunk(ascii("dstr1234dend"), 0, 65_535);
    assertEquals(List.of("dstr1234den", "d"), texts(chunks));
  }

  @Test
  void chunks_fromOffset_startAtOffset() {
    List<byte[]> chunks = chunk(ascii("xxcstrcend"), 2, 100);
    assertEquals(List.of("cstrcen", "d"), texts(chunks));
  }

  @Test
  void chunks_adversarialData_neverLookLikeFramesAndConcatenateExactly() {
    byte[][] markers = {ascii("cstr"), ascii("dstr"), ascii("cend"), ascii("dend")};
    for (int round = 0; round < 300; round++) {
      long seed = 0xDA7A + round;
      SplittableRandom random = new SplittableRandom(seed);
      byte[] data = new byte[8 + random.nextInt(3_000)];
      for (int k = 0; k + 4 <= data.length; k += 4) {
        System.arraycopy(markers[random.nextInt(4)], 0, data, k, 4);
      }
      int max = 8 + random.nextInt(80);
      int from = random.nextInt(data.length);
      List<byte[]> chunks = chunk(data, from, max);
      ByteArrayOutputStream joined = new ByteArrayOutputStream();
      for (byte[] c : chunks) {
        assertFalse(FrameMarkers.isCommandFrame(c), "seed " + seed);
        assertTrue(c.length >= 1 && c.length <= max, "seed " + seed);
        joined.write(c, 0, c.length);
      }
      byte[] expected = new byte[data.length - from];
      System.arraycopy(data, from, expected, 0, expected.length);
      assertArrayEquals(expected, joined.toByteArray(), "seed " + seed);
    }
  }

  @Test
  void nextChunkLength_nothingLeft_throws() {
    assertThrows(
        IllegalArgumentException.class, () -> DataChunker.nextChunkLength(new byte[4], 4, 4, 10));
  }

  private static List<byte[]> chunk(byte[] data, int from, int max) {
    List<byte[]> chunks = new ArrayList<>();
    int offset = from;
    while (offset < data.length) {
      int length = DataChunker.nextChunkLength(data, offset, data.length, max);
      byte[] c = new byte[length];
      System.arraycopy(data, offset, c, 0, length);
      chunks.add(c);
      offset += length;
    }
    return chunks;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static List<String> texts(List<byte[]> chunks) {
    List<String> out = new ArrayList<>();
    for (byte[] c : chunks) {
      out.add(new String(c, StandardCharsets.US_ASCII));
    }
    return out;
  }
}
