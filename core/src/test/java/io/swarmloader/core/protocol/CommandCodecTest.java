package io.swarmloader.core.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.protocol.DecodeResult.Decoded;
import io.swarmloader.core.protocol.DecodeResult.Malformed;
import io.swarmloader.core.protocol.DecodeResult.UnknownCode;
import io.swarmloader.core.protocol.PeerCommand.CancelSegmentRequest;
import io.swarmloader.core.protocol.PeerCommand.SegmentAbsent;
import io.swarmloader.core.protocol.PeerCommand.SegmentData;
import io.swarmloader.core.protocol.PeerCommand.SegmentDataSendingCompleted;
import io.swarmloader.core.protocol.PeerCommand.SegmentRequest;
import io.swarmloader.core.protocol.PeerCommand.SegmentsAnnouncement;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CommandCodecTest {
  /** wire-protocol.md §7, every vector (full messages, markers included). */
  private static final Object[][] VECTORS = {
    {
      new SegmentsAnnouncement(new long[] {1, 2, 3, 300, 301}, new long[] {4}),
      "63 73 74 72 00 6c 10 02 01 03 01 02 03 02 01 02 2c 2d 70 10 01 01 01 04 63 65 6e 64"
    },
    {SegmentsAnnouncement.EMPTY, "63 73 74 72 00 63 65 6e 64"},
    {
      new SegmentsAnnouncement(new long[] {1000000, 1000001, 1000002}, new long[0]),
      "63 73 74 72 00 6c 10 01 03 0f 42 03 40 41 42 63 65 6e 64"
    },
    {new SegmentRequest(1234, 567, 0), "63 73 74 72 01 69 02 04 d2 72 02 02 37 63 65 6e 64"},
    {
      new SegmentRequest(7, 12, 70000),
      "63 73 74 72 01 69 01 07 72 01 0c 62 03 01 11 70 63 65 6e 64"
    },
    {
      new SegmentData(7, 1500000, 12), "63 73 74 72 02 69 01 07 73 03 16 e3 60 72 01 0c 63 65 6e 64"
    },
    {new SegmentDataSendingCompleted(7, 12), "63 73 74 72 03 69 01 07 72 01 0c 63 65 6e 64"},
    {new SegmentAbsent(7, 12), "63 73 74 72 04 69 01 07 72 01 0c 63 65 6e 64"},
    {new CancelSegmentRequest(7, 12), "63 73 74 72 05 69 01 07 72 01 0c 63 65 6e 64"},
  };

  @Test
  void encode_specVectors_matchBytesByteForByte() {
    for (Object[] v : VECTORS) {
      List<byte[]> frames = Framer.frame(CommandCodec.encode((PeerCommand) v[0]), 65_535);
      assertEquals(1, frames.size());
      assertEquals(v[1], Hex.format(frames.get(0)), v[0].toString());
    }
  }

  @ParameterizedTest
  @EnumSource(Split.class)
  void decode_specVectors_yieldCommands(Split split) {
    for (int k = 0; k < VECTORS.length; k++) {
      byte[] message = Hex.parse((String) VECTORS[k][1]);
      assertTrue(FrameMarkers.isCommandFrame(message));
      byte[] body = Arrays.copyOfRange(message, 4, message.length - 4);
      DecodeResult result = JoinRecorder.decodeThrough(split, body, 700 + k, 65_536);
      assertEquals(new Decoded((PeerCommand) VECTORS[k][0]), result, split.describe(700 + k));
    }
  }

  @ParameterizedTest
  @EnumSource(Split.class)
  void decode_fieldsInAnyOrderWithUnknownNamesAndStrings_decoded(Split split) {
    // r first, an unknown Int "x", an unknown array "y", a String "z" of 3 bytes, then i and b.
    String hex = "01 72 01 0c 78 02 01 00 79 10 01 01 01 04 7a 20 03 61 62 63 69 01 07 62 01 05";
    DecodeResult result = JoinRecorder.decodeThrough(split, Hex.parse(hex), 71, 100);
    assertEquals(new Decoded(new SegmentRequest(7, 12, 5)), result, split.describe(71));
  }

  @ParameterizedTest
  @EnumSource(Split.class)
  void decode_repeatedField_lastValueWins(Split split) {
    String hex = "04 69 01 07 72 01 0c 69 01 09 6c 10 00 6c 10 01 01 01 04";
    DecodeResult result = JoinRecorder.decodeThrough(split, Hex.parse(hex), 72, 100);
    assertEquals(new Decoded(new SegmentAbsent(9, 12)), result, split.describe(72));
    String announcement = "00 6c 10 01 01 01 04 6c 10 01 01 01 05";
    assertEquals(
        new Decoded(new SegmentsAnnouncement(new long[] {5}, new long[0])),
        JoinRecorder.decodeThrough(split, Hex.parse(announcement), 73, 100),
        split.describe(73));
  }

  @ParameterizedTest
  @EnumSource(Split.class)
  void decode_unknownCode_ignoredNotMalformed(Split split) {
    assertEquals(new UnknownCode(6), JoinRecorder.decodeThrough(split, Hex.parse("06"), 74, 100));
    String hex = "c8 69 01 07 6c 10 01 01 01 04 71 20 01 21";
    assertEquals(
        new UnknownCode(200),
        JoinRecorder.decodeThrough(split, Hex.parse(hex), 75, 100),
        split.describe(75));
  }

  @ParameterizedTest
  @EnumSource(Split.class)
  void decode_typeNibbles3To15_malformed(Split split) {
    for (int nibble = 3; nibble <= 15; nibble++) {
      String value = Hex.format(new byte[] {(byte) (nibble << 4 | 1), 7});
      for (String prefix : new String[] {"01 69 ", "01 69 01 07 72 01 0c 78 "}) {
        DecodeResult result =
            JoinRecorder.decodeThrough(split, Hex.parse(prefix + value), nibble, 100);
        assertInstanceOf(
            Malformed.class, result, "nibble " + nibble + " " + split.describe(nibble));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Split.class)
  void decode_structurallyBrokenBodies_malformed(Split split) {
    String[] bodies = {
      "01 69 01 07", // no r
      "01 72 01 0c", // no i
      "02 69 01 07 72 01 0c", // SegmentData without s
      "01 69 01 07 72 05 01 00 00 00 00", // r beyond int
      "01 69", // name without value
      "00 6c 01 05", // l as an Int
      "01 69 10 00 72 01 01", // i as an array
      "01 69 20 00 72 01 01", // i as a String
      "00 7a 20 05 61 62", // String running past the end
      "00 6c 10 02 01 01 05", // second group missing
      "01 69 09 00 00 00 00 00 00 00 00 01 72 01 01", // N > 8
    };
    for (int k = 0; k < bodies.length; k++) {
      DecodeResult result = JoinRecorder.decodeThrough(split, Hex.parse(bodies[k]), 80 + k, 100);
      assertInstanceOf(Malformed.class, result, bodies[k] + " " + split.describe(80 + k));
    }
  }

  @Test
  void decode_emptyBody_malformed() {
    assertInstanceOf(Malformed.class, CommandCodec.decode(new byte[0], 10));
  }

  @ParameterizedTest
  @EnumSource(Split.class)
  void decode_everyTruncationOfEveryVector_malformedUnlessCutBetweenFields(Split split) {
    for (int v = 0; v < VECTORS.length; v++) {
      byte[] message = Hex.parse((String) VECTORS[v][1]);
      byte[] body = Arrays.copyOfRange(message, 4, message.length - 4);
      for (int cut = 1; cut < body.length; cut++) {
        long seed = v * 1000L + cut;
        DecodeResult result =
            JoinRecorder.decodeThrough(split, Arrays.copyOf(body, cut), seed, 100);
        String where = VECTORS[v][1] + " cut " + cut + " " + split.describe(seed);
        if (result instanceof Decoded d) {
          // Only a cut between fields may decode, and then exactly to what the prefix says.
          assertArrayEquals(Arrays.copyOf(body, cut), CommandCodec.encode(d.command()), where);
        } else {
          assertInstanceOf(Malformed.class, result, where);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Split.class)
  void decode_randomBodies_neverThrow(Split split) {
    long seed = 0xC0DEC + split.ordinal();
    SplittableRandom random = new SplittableRandom(seed);
    for (int k = 0; k < 2_000; k++) {
      byte[] body = new byte[1 + random.nextInt(split == Split.ONE_BYTE ? 40 : 300)];
      random.nextBytes(body);
      if (random.nextBoolean()) {
        body[0] = (byte) random.nextInt(6);
      }
      assertNotNull(JoinRecorder.decodeThrough(split, body, seed + k, 1000), "seed " + seed);
    }
  }

  @ParameterizedTest
  @EnumSource(Split.class)
  void decode_mutatedVectors_neverThrow(Split split) {
    long seed = 0xBAD + split.ordinal();
    SplittableRandom random = new SplittableRandom(seed);
    for (int k = 0; k < 2_000; k++) {
      byte[] message = Hex.parse((String) VECTORS[random.nextInt(VECTORS.length)][1]);
      byte[] body = Arrays.copyOfRange(message, 4, message.length - 4);
      body[random.nextInt(body.length)] = (byte) random.nextInt(256);
      assertNotNull(JoinRecorder.decodeThrough(split, body, seed + k, 1000), "seed " + seed);
    }
  }

  @ParameterizedTest
  @EnumSource(Split.class)
  void encodeDecode_largeAnnouncementWithPlayhead_roundTrips(Split split) {
    long[] loaded = new long[3_000];
    long[] loading = new long[40];
    for (int k = 0; k < loaded.length; k++) {
      loaded[k] = 3_400_000_000L + 3L * k;
    }
    for (int k = 0; k < loading.length; k++) {
      loading[k] = 3_500_000_000L + k;
    }
    SegmentsAnnouncement a = new SegmentsAnnouncement(loaded, loading);
    byte[] body = CommandCodec.encode(a, 3_400_004_000L);
    assertEquals(new Decoded(a), JoinRecorder.decodeThrough(split, body, 91, 65_536));
  }

  @Test
  void decode_announcementOverMaxIds_truncatesEachSet() {
    long[] ids = new long[1_000];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = k;
    }
    byte[] body = CommandCodec.encode(new SegmentsAnnouncement(ids, ids));
    Decoded decoded = (Decoded) CommandCodec.decode(body, 10);
    SegmentsAnnouncement a = (SegmentsAnnouncement) decoded.command();
    assertArrayEquals(Arrays.copyOf(ids, 10), a.loaded());
    assertArrayEquals(Arrays.copyOf(ids, 10), a.httpLoading());
  }

  @Test
  void encode_requestWithZeroOrNegativeOffset_omitsB() {
    assertEquals(
        "01 69 01 07 72 01 0c", Hex.format(CommandCodec.encode(new SegmentRequest(7, 12, 0))));
  }

  @Test
  void encode_announcementWithOnlyUnencodableIds_omitsField() {
    SegmentsAnnouncement a = new SegmentsAnnouncement(new long[] {Long.MAX_VALUE}, new long[0]);
    assertEquals("00", Hex.format(CommandCodec.encode(a)));
  }

  @Test
  void encode_segmentIdBeyondTwoToThe53_throws() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CommandCodec.encode(new SegmentAbsent((1L << 53) + 1, 1)));
  }

  @Test
  void announcement_equalsComparesContents() {
    SegmentsAnnouncement a = new SegmentsAnnouncement(new long[] {1, 2}, null);
    assertEquals(new SegmentsAnnouncement(new long[] {1, 2}, new long[0]), a);
    assertEquals(new SegmentsAnnouncement(new long[] {1, 2}, new long[0]).hashCode(), a.hashCode());
    assertNotEquals(new SegmentsAnnouncement(new long[] {2, 1}, new long[0]), a);
    assertTrue(a.toString().contains("[1, 2]"));
  }
}
