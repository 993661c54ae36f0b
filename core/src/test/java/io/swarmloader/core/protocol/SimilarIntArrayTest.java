package io.swarmloader.core.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.protocol.DecodeResult.Decoded;
import io.swarmloader.core.protocol.DecodeResult.Malformed;
import io.swarmloader.core.protocol.PeerCommand.SegmentsAnnouncement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SimilarIntArrayTest {
  private static final String DEFECTIVE_0_TO_255 = "10 01 01 00 " + Hex.run(0, 255);
  private static final String FIXED_0_TO_255 = "10 02 02 00 ff " + Hex.run(0, 254) + " 01 01 ff";

  /** wire-protocol.md §6.3 vectors that SwarmLoader both writes and reads. */
  private static final Object[][] VECTORS = {
    {new long[] {1, 2, 3, 300, 301}, "10 02 01 03 01 02 03 02 01 02 2c 2d"},
    {new long[] {4}, "10 01 01 01 04"},
    {new long[] {1000000, 1000001, 1000002}, "10 01 03 0f 42 03 40 41 42"},
    {range(0, 256), FIXED_0_TO_255},
  };

  @Test
  void write_specVectors_matchBytes() {
    for (Object[] v : VECTORS) {
      assertEquals(v[1], encode((long[]) v[0], CommandCodec.NO_PLAYHEAD));
    }
  }

  @Test
  void read_specVectors_yieldIds() {
    for (Object[] v : VECTORS) {
      assertArrayEquals((long[]) v[0], decode((String) v[1], 65_536), (String) v[1]);
    }
  }

  @Test
  void read_defective256ItemGroup_yieldsAll256Ids() {
    assertArrayEquals(range(0, 256), decode(DEFECTIVE_0_TO_255, 65_536));
  }

  @ParameterizedTest
  @EnumSource(Split.class)
  void decodeAnnouncement_specVectorsAndDefectiveForm_yieldIds(Split split) {
    List<Object[]> cases = new ArrayList<>(List.of(VECTORS));
    cases.add(new Object[] {range(0, 256), DEFECTIVE_0_TO_255});
    for (Object[] v : cases) {
      byte[] body = Hex.parse("00 6c " + v[1] + " 70 " + v[1]);
      long seed = 63 + cases.indexOf(v);
      DecodeResult result = JoinRecorder.decodeThrough(split, body, seed, 65_536);
      long[] ids = (long[]) v[0];
      assertEquals(new Decoded(new SegmentsAnnouncement(ids, ids)), result, split.describe(seed));
    }
  }

  @Test
  void write_runLongerThan255_splitsIntoGroupsWithSameCommon() {
    long[] ids = new long[600];
    java.util.Arrays.fill(ids, 0x305);
    String hex = encode(ids, CommandCodec.NO_PLAYHEAD);
    assertTrue(hex.startsWith("10 03 02 03 ff 05"), hex);
    assertArrayEquals(ids, decode(hex, 65_536));
  }

  @Test
  void write_duplicatesAndInterleavedCommons_keepInputOrderWithinGroups() {
    long[] ids = {5, 300, 5, 2, 301};
    assertEquals("10 02 01 03 05 05 02 02 01 02 2c 2d", encode(ids, CommandCodec.NO_PLAYHEAD));
  }

  @Test
  void write_negativeIds_roundTripWithTwosComplementCommons() {
    long[] ids = {-1, -256, -257, 0, -(1L << 53)};
    assertArrayEquals(ids, decode(encode(ids, CommandCodec.NO_PLAYHEAD), 65_536));
  }

  @Test
  void write_300GroupsAroundPlayhead_keeps255NearestInAppearanceOrder() {
    long[] ids = new long[300];
    for (int k = 0; k < 300; k++) {
      ids[k] = k * 256L;
    }
    long[] decoded = decode(encode(ids, 150 * 256L + 5), 65_536);
    // The playhead's group 150, then 151, 149, 152, 148, ... : groups 23..277.
    assertArrayEquals(multiplesOf256(23, 277), decoded);
  }

  @Test
  void write_300GroupsPlayheadAtEnd_keepsEarlierGroups() {
    long[] ids = new long[300];
    for (int k = 0; k < 300; k++) {
      ids[299 - k] = k * 256L; // descending input order
    }
    long[] decoded = decode(encode(ids, 299 * 256L), 65_536);
    long[] expected = new long[255];
    for (int k = 0; k < 255; k++) {
      expected[k] = (299 - k) * 256L;
    }
    assertArrayEquals(expected, decoded);
  }

  @Test
  void write_300GroupsPlayheadBetweenGroups_startsWithNextLater() {
    long[] ids = new long[300];
    for (int k = 0; k < 300; k++) {
      ids[k] = k * 512L; // even commons only
    }
    long playhead = 150 * 512L + 256; // its common lies between groups k=150 and k=151
    long[] decoded = decode(encode(ids, playhead), 65_536);
    // Later first: 151, then 150, 152, 149, ... : 128 later groups (151..278), 127 earlier
    // (24..150).
    assertArrayEquals(multiplesOf256(48, 556, 2), decoded);
  }

  @Test
  void write_300GroupsWithoutPlayhead_keepsFirst255() {
    long[] ids = new long[300];
    for (int k = 0; k < 300; k++) {
      ids[k] = k * 256L;
    }
    assertArrayEquals(
        multiplesOf256(0, 254), decode(encode(ids, CommandCodec.NO_PLAYHEAD), 1 << 20));
  }

  @Test
  void write_groupCount_neverExceeds255NorWritesZeroCount() {
    long[] ids = new long[70_000];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = k;
    }
    byte[] bytes = Hex.parse(encode(ids, 30_000));
    assertEquals(255, bytes[1] & 0xFF);
    long[] decoded = decode(Hex.format(bytes), 1 << 20);
    // 127 full commons as 2 groups each (256 items), then 255 items of one more common.
    assertEquals(127 * 256 + 255, decoded.length);
    assertTrue(contains(decoded, 30_000));
  }

  @Test
  void read_moreItemsThanMaxKept_keepsFirstAndConsumesAll() {
    BodyReader in = new BodyReader(Hex.parse("10 02 01 03 01 02 03 02 01 02 2c 2d 99"));
    assertArrayEquals(new long[] {1, 2}, SimilarIntArray.read(in, 2));
    assertEquals(1, in.remaining());
  }

  @Test
  void read_truncatedEverywhere_failsWithoutThrowing() {
    byte[] full = Hex.parse("10 02 01 03 01 02 03 02 01 02 2c 2d");
    for (int cut = 1; cut < full.length; cut++) {
      byte[] prefix = java.util.Arrays.copyOf(full, cut);
      BodyReader in = new BodyReader(prefix);
      assertNull(SimilarIntArray.read(in, 100), "cut " + cut);
      assertTrue(in.failed());
    }
  }

  @ParameterizedTest
  @EnumSource(Split.class)
  void decodeAnnouncement_groupIntWithBadNibble_malformed(Split split) {
    DecodeResult result = JoinRecorder.decodeThrough(split, Hex.parse("00 6c 10 01 31 05"), 1, 9);
    assertInstanceOf(Malformed.class, result, split.describe(1));
  }

  @Test
  void read_zeroGroups_yieldsEmpty() {
    BodyReader in = new BodyReader(Hex.parse("10 00"));
    assertArrayEquals(new long[0], SimilarIntArray.read(in, 10));
    assertFalse(in.failed());
  }

  @Test
  void encodable_idsBeyondTwoToThe53_leftOut() {
    long[] ids = {1, 1L << 53, (1L << 53) - 1, -(1L << 53), -(1L << 53) - 1, Long.MAX_VALUE};
    assertArrayEquals(new long[] {1, (1L << 53) - 1, -(1L << 53)}, SimilarIntArray.encodable(ids));
  }

  private static String encode(long[] ids, long playhead) {
    ByteWriter out = new ByteWriter(64);
    SimilarIntArray.write(out, ids, playhead);
    return Hex.format(out.toByteArray());
  }

  private static long[] decode(String hex, int maxKept) {
    BodyReader in = new BodyReader(Hex.parse(hex));
    long[] ids = SimilarIntArray.read(in, maxKept);
    assertFalse(in.failed(), in.error());
    assertEquals(0, in.remaining());
    return ids;
  }

  private static long[] range(int from, int toExclusive) {
    long[] ids = new long[toExclusive - from];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = from + k;
    }
    return ids;
  }

  private static long[] multiplesOf256(int fromK, int toKInclusive) {
    return multiplesOf256(fromK, toKInclusive, 1);
  }

  private static long[] multiplesOf256(int fromK, int toKInclusive, int step) {
    long[] ids = new long[(toKInclusive - fromK) / step + 1];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = (fromK + (long) k * step) * 256L;
    }
    return ids;
  }

  private static boolean contains(long[] ids, long id) {
    for (long x : ids) {
      if (x == id) {
        return true;
      }
    }
    return false;
  }
}
