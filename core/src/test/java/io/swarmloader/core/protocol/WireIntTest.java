package io.swarmloader.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.protocol.DecodeResult.Decoded;
import io.swarmloader.core.protocol.DecodeResult.Malformed;
import io.swarmloader.core.protocol.PeerCommand.SegmentRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class WireIntTest {
  /** wire-protocol.md §6.2, every vector. */
  private static final Object[][] VECTORS = {
    {0L, "01 00"},
    {7L, "01 07"},
    {127L, "01 7f"},
    {128L, "02 00 80"},
    {255L, "02 00 ff"},
    {1234L, "02 04 d2"},
    {-5L, "01 85"},
    {65535L, "03 00 ff ff"},
    {70000L, "03 01 11 70"},
    {1500000L, "03 16 e3 60"},
    {2147483648L, "05 00 80 00 00 00"},
    {3400000000L, "05 00 ca a7 e2 00"},
    {9007199254740992L, "07 20 00 00 00 00 00 00"},
    {-128L, "02 80 80"},
  };

  @Test
  void write_specVectors_matchBytes() {
    for (Object[] v : VECTORS) {
      ByteWriter out = new ByteWriter(8);
      WireInt.write(out, (long) v[0]);
      assertEquals(v[1], Hex.format(out.toByteArray()), "value " + v[0]);
    }
  }

  @Test
  void read_specVectors_yieldValuesAndConsumeAll() {
    for (Object[] v : VECTORS) {
      BodyReader in = new BodyReader(Hex.parse((String) v[1]));
      assertEquals((long) v[0], WireInt.read(in), (String) v[1]);
      assertFalse(in.failed(), (String) v[1]);
      assertEquals(0, in.remaining(), (String) v[1]);
    }
  }

  @ParameterizedTest
  @EnumSource(Split.class)
  void decode_specVectorsAsSegmentId_yieldValues(Split split) {
    for (Object[] v : VECTORS) {
      byte[] body = Hex.parse("01 69 " + v[1] + " 72 01 0c");
      long seed = 6200 + (long) v[0];
      DecodeResult result = JoinRecorder.decodeThrough(split, body, seed, 100);
      assertEquals(
          new Decoded(new SegmentRequest((long) v[0], 12, 0)), result, split.describe(seed));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "00, 0",
    "08 00 00 00 00 00 00 00 05, 5",
    "01 80, 0",
    "02 00 05, 5",
    "03 80 00 01, -1"
  })
  void read_nonMinimalOrZeroLengthForms_accepted(String hex, long expected) {
    BodyReader in = new BodyReader(Hex.parse(hex));
    assertEquals(expected, WireInt.read(in));
    assertFalse(in.failed());
  }

  @ParameterizedTest
  @CsvSource({
    "09 00 00 00 00 00 00 00 00 01, magnitude bytes",
    "0f 01, magnitude bytes",
    "07 20 00 00 00 00 00 01, beyond",
    "07 a0 00 00 00 00 00 01, beyond",
    "08 7f ff ff ff ff ff ff ff, beyond",
    "03 01 02, truncated",
    "01, truncated",
    "'', truncated",
    "10 01, type nibble",
    "35 00, type nibble"
  })
  void read_invalidForms_fail(String hex, String reasonPart) {
    BodyReader in = new BodyReader(Hex.parse(hex));
    assertEquals(0, WireInt.read(in));
    assertTrue(in.failed());
    assertTrue(in.error().contains(reasonPart), in.error());
  }

  @ParameterizedTest
  @EnumSource(Split.class)
  void decode_overlongOrOversizeInt_malformed(Split split) {
    String[] badInts = {"09 00 00 00 00 00 00 00 00 01", "07 20 00 00 00 00 00 01", "04 01 02"};
    for (String bad : badInts) {
      byte[] body = Hex.parse("01 69 " + bad);
      DecodeResult result = JoinRecorder.decodeThrough(split, body, 62, 100);
      assertInstanceOf(Malformed.class, result, bad + " " + split.describe(62));
    }
  }

  @Test
  void write_beyondTwoToThe53_throws() {
    ByteWriter out = new ByteWriter(8);
    assertThrows(IllegalArgumentException.class, () -> WireInt.write(out, (1L << 53) + 1));
    assertThrows(IllegalArgumentException.class, () -> WireInt.write(out, -(1L << 53) - 1));
  }

  @Test
  void writeThenRead_boundaryValues_roundTrip() {
    long[] values = {
      1L << 53, -(1L << 53), 32767, 32768, -32767, -32768, 8388607, 8388608, Integer.MAX_VALUE, -1
    };
    for (long value : values) {
      ByteWriter out = new ByteWriter(8);
      WireInt.write(out, value);
      BodyReader in = new BodyReader(out.toByteArray());
      assertEquals(value, WireInt.read(in), "value " + value);
      assertEquals(0, in.remaining());
    }
  }
}
