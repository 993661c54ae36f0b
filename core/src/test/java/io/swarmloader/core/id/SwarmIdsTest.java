package io.swarmloader.core.id;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmloader.core.model.StreamType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** wire-protocol.md §2.2–2.4. */
class SwarmIdsTest {
  private static final String MANIFEST = "https://example.com/live/master.m3u8";

  @Test
  void swarmId_noConfigSwarmId_cutsManifestUrlAtFirstQuestionMark() {
    assertEquals(MANIFEST, SwarmIds.swarmId(null, MANIFEST + "?token=a?b"));
    assertEquals(MANIFEST + "#frag", SwarmIds.swarmId(null, MANIFEST + "#frag"));
    assertEquals("HTTPS://Example.com//x/", SwarmIds.swarmId(null, "HTTPS://Example.com//x/?q"));
  }

  @Test
  void swarmId_configSwarmIdSet_winsEvenWhenEmpty() {
    assertEquals("s1", SwarmIds.swarmId("s1", MANIFEST + "?x"));
    assertEquals("", SwarmIds.swarmId("", MANIFEST));
  }

  @Test
  void streamSwarmId_example_matchesSpec() {
    String shortId = "3FLe7Dya7e9xv0TJuS0m614xjgc=";
    assertEquals("main-" + shortId, SwarmIds.streamId(StreamType.MAIN, shortId));
    assertEquals(
        "v2-https://example.com/live/master.m3u8-main-3FLe7Dya7e9xv0TJuS0m614xjgc=",
        SwarmIds.streamSwarmId(MANIFEST, StreamType.MAIN, shortId));
  }

  @Test
  void infoHash_mainVector_matches() {
    String infoHash =
        SwarmIds.infoHash(
            "v2-https://example.com/live/master.m3u8-main-3FLe7Dya7e9xv0TJuS0m614xjgc=");
    assertEquals("f5qLjfPZIP24d606pZX/", infoHash);
    byte[] expected = {
      0x66, 0x35, 0x71, 0x4c, 0x6a, 0x66, 0x50, 0x5a, 0x49, 0x50, 0x32, 0x34, 0x64, 0x36, 0x30,
      0x36, 0x70, 0x5a, 0x58, 0x2f
    };
    assertArrayEquals(expected, infoHash.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void infoHash_secondaryVector_matches() {
    String streamSwarmId =
        SwarmIds.streamSwarmId(MANIFEST, StreamType.SECONDARY, "bdjQ1B4N2yrcTDHyU5j7iDGV9sY=");
    assertEquals(
        "v2-https://example.com/live/master.m3u8-secondary-bdjQ1B4N2yrcTDHyU5j7iDGV9sY=",
        streamSwarmId);
    assertEquals("inmRsbVmWfbvgnlkL4BJ", SwarmIds.infoHash(streamSwarmId));
  }

  @Test
  void infoHash_anyInput_isTwentyCharactersWithoutPadding() {
    String infoHash = SwarmIds.infoHash("v2-\u00e9\ud83d\ude00-main-x");
    assertEquals(20, infoHash.length());
    assertEquals(-1, infoHash.indexOf('='));
  }
}
