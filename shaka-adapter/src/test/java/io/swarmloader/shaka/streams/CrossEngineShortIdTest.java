package io.swarmloader.shaka.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.swarmloader.core.id.StreamShortId;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.testing.JvmTextSemantics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * player-integration.md §4.6: an HLS rendition must get the same stream short ID in hls.js and in
 * Shaka, or hls.js and Shaka peers of one source never meet. Each test reads one master playlist
 * the way each player does ({@link HlsJsModel}, {@link ShakaHlsModel}; their javadoc lists the
 * assumptions), maps it as each adapter does (§3.7 for hls.js, {@link StreamPlanner} for Shaka) and
 * compares the short IDs rendition by rendition, matched by playlist URI.
 */
class CrossEngineShortIdTest {
  private final JvmTextSemantics text = new JvmTextSemantics();
  private final StreamShortId ids = new StreamShortId(text);
  private final StreamPlanner planner = new StreamPlanner(text);

  private static final String SAMPLE_MASTER =
      String.join(
          "\n",
          "#EXTM3U",
          "#EXT-X-VERSION:6",
          "#EXT-X-INDEPENDENT-SEGMENTS",
          "#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"aac\",NAME=\"English\",LANGUAGE=\"en\",DEFAULT=YES,"
              + "AUTOSELECT=YES,CHANNELS=\"2\",URI=\"audio/en/index.m3u8\"",
          "#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"aac\",NAME=\"Español\",LANGUAGE=\"spa\","
              + "CHANNELS=\"2\",URI=\"audio/es/index.m3u8\"",
          "#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"aac\",NAME=\"Deutsch (Kommentar)\",LANGUAGE=\"ger\","
              + "CHANNELS=\"6\",URI=\"audio/de/index.m3u8\"",
          "#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"atmos\",NAME=\" Dolby Atmos \",LANGUAGE=\"und\","
              + "CHANNELS=\"16/JOC\",URI=\"audio/atmos/index.m3u8\"",
          "#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=\"subs\",NAME=\"English\",LANGUAGE=\"en\","
              + "URI=\"subs/en.m3u8\"",
          "#EXT-X-STREAM-INF:BANDWIDTH=2149280,AVERAGE-BANDWIDTH=1800000,"
              + "CODECS=\"avc1.64001f,mp4a.40.2\",RESOLUTION=1280x720,FRAME-RATE=30.000,"
              + "AUDIO=\"aac\",SUBTITLES=\"subs\"",
          "v720/index.m3u8",
          "#EXT-X-STREAM-INF:BANDWIDTH=800000,CODECS=\"avc1.66.30,mp4a.40.2\","
              + "RESOLUTION=640x360,FRAME-RATE=25,VIDEO-RANGE=SDR,AUDIO=\"aac\"",
          "v360/index.m3u8",
          "#EXT-X-STREAM-INF:BANDWIDTH=5000000,CODECS=\"hvc1.2.4.L123.B0,ec-3\","
              + "RESOLUTION=1920x1080,FRAME-RATE=29.970,VIDEO-RANGE=PQ,AUDIO=\"atmos\"",
          "v1080/index.m3u8",
          "#EXT-X-STREAM-INF:AVERAGE-BANDWIDTH=400000,BANDWIDTH=0,CODECS=\"avc1.42c01e,mp4a.40.2\","
              + "AUDIO=\"aac\"",
          "v-noresolution/index.m3u8",
          "");

  /** Short ID of every rendition by playlist URI, as the hls.js adapter registers it. */
  private Map<String, String> hlsJsIds(String master) {
    HlsJsModel hls = HlsJsModel.of(MasterPlaylist.parse(master));
    Map<String, String> out = new HashMap<>();
    for (HlsJsModel.Level level : hls.levels) {
      out.put(level.url(), "main-" + ids.compute(level.inputs()));
    }
    for (HlsJsModel.AudioTrack track : hls.audioTracks) {
      out.put(track.url(), "secondary-" + ids.compute(track.inputs()));
    }
    return out;
  }

  /** The same, as the Shaka adapter registers it. */
  private Map<String, String> shakaIds(String master, int rules) {
    ShakaHlsModel shaka = ShakaHlsModel.of(MasterPlaylist.parse(master));
    Map<String, String> out = new HashMap<>();
    for (PlannedStream p : planner.plan(shaka.variants, rules)) {
      String type = p.type() == StreamType.MAIN ? "main-" : "secondary-";
      out.put(shaka.uriById.get(Integer.parseInt(p.runtimeId())), type + ids.compute(p.inputs()));
    }
    return out;
  }

  @Test
  void everyRenditionOfTheSampleMasterGetsTheSameShortIdInBothEngines() {
    Map<String, String> hlsJs = hlsJsIds(SAMPLE_MASTER);
    Map<String, String> shaka = shakaIds(SAMPLE_MASTER, ManifestProtocol.HLS);

    assertEquals(8, hlsJs.size(), "4 levels and 4 audio renditions, no subtitles");
    assertEquals(hlsJs, shaka);
  }

  @Test
  void theSampleMastersKnownIdsAreTheWireProtocolVectors() {
    Map<String, String> shaka = shakaIds(SAMPLE_MASTER, ManifestProtocol.HLS);

    // wire-protocol.md §2.1 vector 1 (2.3's own vector) is the 720p level.
    assertEquals("main-3FLe7Dya7e9xv0TJuS0m614xjgc=", shaka.get("v720/index.m3u8"));
  }

  @Test
  void aMuxedMasterGetsTheSameShortIdsInBothEngines() {
    String master =
        String.join(
            "\n",
            "#EXTM3U",
            "#EXT-X-STREAM-INF:BANDWIDTH=1200000,CODECS=\"avc1.4d401f,mp4a.40.2\","
                + "RESOLUTION=854x480,FRAME-RATE=23.976",
            "480.m3u8",
            "#EXT-X-STREAM-INF:BANDWIDTH=600000,CODECS=\"mp4a.40.2,avc1.4d401e\","
                + "RESOLUTION=640x360",
            "360.m3u8",
            "");

    Map<String, String> hlsJs = hlsJsIds(master);

    assertEquals(2, hlsJs.size());
    assertEquals(hlsJs, shakaIds(master, ManifestProtocol.HLS));
  }

  @Test
  void anAudioOnlyMasterGetsTheSameShortIdsInBothEngines() {
    String master =
        String.join(
            "\n",
            "#EXTM3U",
            "#EXT-X-STREAM-INF:BANDWIDTH=64000,CODECS=\"mp4a.40.5\"",
            "aac-64.m3u8",
            "#EXT-X-STREAM-INF:BANDWIDTH=128000,CODECS=\"mp4a.40.2\"",
            "aac-128.m3u8",
            "");

    Map<String, String> hlsJs = hlsJsIds(master);

    assertEquals(2, hlsJs.size());
    assertEquals(hlsJs, shakaIds(master, ManifestProtocol.HLS));
  }

  /**
   * Why HLS does not follow the §4.6 table literally: Shaka normalises {@code spa} to {@code es}
   * and {@code ger} to {@code de}, leaves width undefined without {@code RESOLUTION}, and gives an
   * audio-only variant no width, where hls.js has {@code sp}, {@code ge} and 0. The literal table
   * (as applied to DASH) would put those renditions in other swarms than hls.js peers.
   */
  @Test
  void theLiteralTableWouldSplitSwarmsForHls() {
    Map<String, String> hlsJs = hlsJsIds(SAMPLE_MASTER);
    Map<String, String> literal = shakaIds(SAMPLE_MASTER, ManifestProtocol.DASH);

    assertNotEquals(hlsJs.get("audio/es/index.m3u8"), literal.get("audio/es/index.m3u8"));
    assertNotEquals(hlsJs.get("audio/de/index.m3u8"), literal.get("audio/de/index.m3u8"));
    assertNotEquals(
        hlsJs.get("v-noresolution/index.m3u8"), literal.get("v-noresolution/index.m3u8"));
    assertEquals(hlsJs.get("audio/en/index.m3u8"), literal.get("audio/en/index.m3u8"));
    assertEquals(hlsJs.get("v720/index.m3u8"), literal.get("v720/index.m3u8"));
  }

  @Test
  void aRenditionIsNeverRegisteredTwice() {
    ShakaHlsModel shaka = ShakaHlsModel.of(MasterPlaylist.parse(SAMPLE_MASTER));

    List<PlannedStream> planned = planner.plan(shaka.variants, ManifestProtocol.HLS);

    assertEquals(8, planned.size());
    assertFalse(shaka.variants.size() == planned.size(), "variants share streams");
  }
}
