package io.swarmloader.hlsjs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmloader.core.id.StreamShortId;
import io.swarmloader.testing.JvmTextSemantics;
import org.junit.jupiter.api.Test;

class HlsStreamInputsTest {
  private final StreamShortId shortIds = new StreamShortId(new JvmTextSemantics());

  @Test
  void levelUsesMaxBitrateWhenPresent() {
    StreamShortId.Inputs in =
        HlsStreamInputs.level(2149280.0, 1_000_000.0, "avc1.64001f", 1280.0, 720.0, "30.000", null);
    assertEquals(2149280.0, in.bitrate());
    // wire-protocol.md §2.1 vector 1.
    assertEquals("3FLe7Dya7e9xv0TJuS0m614xjgc=", shortIds.compute(in));
  }

  @Test
  void levelFallsBackToBitrate() {
    StreamShortId.Inputs in =
        HlsStreamInputs.level(null, 2149280.0, "avc1.64001f", 1280.0, 720.0, "30.000", null);
    assertEquals("3FLe7Dya7e9xv0TJuS0m614xjgc=", shortIds.compute(in));
  }

  @Test
  void zeroBitrateLeavesEverythingElseOut() {
    StreamShortId.Inputs in =
        HlsStreamInputs.level(null, 0.0, "avc1.64001f", 1280.0, 720.0, "30", "PQ");
    assertEquals("0--------", shortIds.canonicalString(in));
  }

  @Test
  void audioTrackUsesAudioFieldsOnly() {
    StreamShortId.Inputs in = HlsStreamInputs.audioTrack("mp4a.40.2", "eng", "2", "English");
    // wire-protocol.md §2.1 vector 2.
    assertEquals("bdjQ1B4N2yrcTDHyU5j7iDGV9sY=", shortIds.compute(in));
    assertEquals(
        "0-mp4a.40.2---en--english--",
        shortIds.canonicalString(HlsStreamInputs.audioTrack("mp4a.40.2", "en", "", "English")));
  }
}
