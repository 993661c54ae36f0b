package io.swarmloader.shaka.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.swarmloader.core.id.StreamShortId;
import io.swarmloader.core.id.StreamShortId.Inputs;
import io.swarmloader.core.model.StreamInfo;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.testing.JvmTextSemantics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stream registration inputs of player-integration.md §4.6. */
class StreamPlannerTest {
  private final JvmTextSemantics text = new JvmTextSemantics();
  private final StreamPlanner planner = new StreamPlanner(text);
  private final StreamShortId ids = new StreamShortId(text);

  private static final ShakaStreamFacts VIDEO_720 =
      ShakaStreamFacts.video(1, "avc1.64001f", 1280.0, 720.0, 30.0, null);
  private static final ShakaStreamFacts ENGLISH =
      ShakaStreamFacts.audio(2, "mp4a.40.2", "en", "eng", 2.0, "English", "audio/en.m3u8");

  @Test
  void aVideoStreamIsMainWithTheVariantBandwidth() {
    List<PlannedStream> planned =
        planner.plan(
            List.of(new ShakaVariantFacts(2149280.0, VIDEO_720, ENGLISH)), ManifestProtocol.DASH);

    assertEquals("1", planned.get(0).runtimeId());
    assertEquals(StreamType.MAIN, planned.get(0).type());
    assertEquals(
        new Inputs(2149280.0, "avc1.64001f", 1280.0, 720.0, null, null, null, 30.0, null),
        planned.get(0).inputs());
    // wire-protocol.md §2.1 vector 1.
    assertEquals("3FLe7Dya7e9xv0TJuS0m614xjgc=", ids.compute(planned.get(0).inputs()));
  }

  @Test
  void anAudioStreamBesideVideoIsSecondaryWithBitrateZero() {
    PlannedStream audio =
        planner
            .plan(List.of(new ShakaVariantFacts(1e6, VIDEO_720, ENGLISH)), ManifestProtocol.DASH)
            .get(1);

    assertEquals(StreamType.SECONDARY, audio.type());
    assertEquals("2", audio.runtimeId());
    assertEquals(
        new Inputs(0.0, "mp4a.40.2", null, null, "en", "2", "English", null, null), audio.inputs());
    // wire-protocol.md §2.1 vector 2 (language "en" and "eng" agree on the first two letters).
    assertEquals("bdjQ1B4N2yrcTDHyU5j7iDGV9sY=", ids.compute(audio.inputs()));
  }

  @Test
  void audioEntriesAreDroppedFromVideoCodecs() {
    ShakaStreamFacts muxed =
        ShakaStreamFacts.video(
            5,
            "avc1.4d401f, MP4A.40.2,ac-3,ec-3,ec+3,opus,vorbis,flac,hvc1.1",
            640.0,
            360.0,
            null,
            null);

    PlannedStream p =
        planner
            .plan(List.of(new ShakaVariantFacts(5e5, muxed, null)), ManifestProtocol.DASH)
            .get(0);

    assertEquals("avc1.4d401f,hvc1.1", p.inputs().codecs());
  }

  @Test
  void videoCodecsOnlyKeepsNothingForPureAudio() {
    assertNull(planner.videoCodecsOnly("mp4a.40.2"));
    assertNull(planner.videoCodecsOnly(""));
    assertNull(planner.videoCodecsOnly(null));
    assertEquals("vp09.00.10.08", planner.videoCodecsOnly("vp09.00.10.08"));
  }

  @Test
  void aZeroBandwidthKeepsOnlyTheBitrate() {
    PlannedStream p =
        planner
            .plan(List.of(new ShakaVariantFacts(0.0, VIDEO_720, null)), ManifestProtocol.DASH)
            .get(0);

    assertEquals(new Inputs(0.0, null, null, null, null, null, null, null, null), p.inputs());
  }

  @Test
  void hdrIsTheVideoRange() {
    ShakaStreamFacts hdr =
        ShakaStreamFacts.video(9, "hvc1.2.4.L123.B0, avc1.640028", 1920.0, 1080.0, 29.97, "PQ");

    PlannedStream p =
        planner.plan(List.of(new ShakaVariantFacts(5e6, hdr, null)), ManifestProtocol.DASH).get(0);

    // wire-protocol.md §2.1 vector 6.
    assertEquals("IOVDuuun35Q9KNzCIFlUgNzt90s=", ids.compute(p.inputs()));
  }

  @Test
  void anAudioOnlyVariantIsMainWithOnlyItsBandwidth() {
    PlannedStream p =
        planner
            .plan(List.of(new ShakaVariantFacts(128000.0, null, ENGLISH)), ManifestProtocol.DASH)
            .get(0);

    assertEquals(StreamType.MAIN, p.type());
    assertEquals(new Inputs(128000.0, null, null, null, null, null, null, null, null), p.inputs());
    // wire-protocol.md §2.1 vector 5.
    assertEquals("/RPXatgntdKVu5hXumPhUJEPAWs=", ids.compute(p.inputs()));
  }

  @Test
  void theNameIsTheLabelOrElseTheOriginalId() {
    ShakaStreamFacts unlabelled =
        ShakaStreamFacts.audio(3, "mp4a.40.2", "fr", null, null, null, "audio_fr=128000");
    ShakaStreamFacts emptyLabel =
        ShakaStreamFacts.audio(4, "mp4a.40.2", "fr", null, null, "", "audio_fr2");

    List<PlannedStream> planned =
        planner.plan(
            List.of(
                new ShakaVariantFacts(1e6, VIDEO_720, unlabelled),
                new ShakaVariantFacts(1e6, VIDEO_720, emptyLabel)),
            ManifestProtocol.DASH);

    assertEquals("audio_fr=128000", planned.get(1).inputs().name());
    assertEquals("", planned.get(2).inputs().name(), "?? keeps an empty string");
  }

  @Test
  void channelsArePrintedAsJavaScriptPrintsThemAndZeroIsMissing() {
    ShakaStreamFacts six = ShakaStreamFacts.audio(3, "ac-3", "en", null, 6.0, "5.1", "a");
    ShakaStreamFacts zero = ShakaStreamFacts.audio(4, "ac-3", "en", null, 0.0, "0", "b");
    ShakaStreamFacts nan = ShakaStreamFacts.audio(5, "ac-3", "en", null, Double.NaN, "nan", "c");

    List<PlannedStream> planned =
        planner.plan(
            List.of(
                new ShakaVariantFacts(1e6, VIDEO_720, six),
                new ShakaVariantFacts(1e6, VIDEO_720, zero),
                new ShakaVariantFacts(1e6, VIDEO_720, nan)),
            ManifestProtocol.DASH);

    assertEquals("6", planned.get(1).inputs().channels());
    assertNull(planned.get(2).inputs().channels());
    assertNull(planned.get(3).inputs().channels());
  }

  @Test
  void theFirstVariantReferencingAStreamDecides() {
    List<PlannedStream> planned =
        planner.plan(
            List.of(
                new ShakaVariantFacts(128000.0, null, ENGLISH),
                new ShakaVariantFacts(3e6, VIDEO_720, ENGLISH),
                new ShakaVariantFacts(4e6, VIDEO_720, null)),
            ManifestProtocol.DASH);

    assertEquals(2, planned.size());
    assertEquals("2", planned.get(0).runtimeId());
    assertEquals(StreamType.MAIN, planned.get(0).type());
    assertEquals(128000.0, planned.get(0).inputs().bitrate());
    assertEquals(3e6, planned.get(1).inputs().bitrate());
  }

  @Test
  void hlsUsesTheLanguageAsWrittenAndZeroForMissingDimensions() {
    ShakaStreamFacts spanish =
        ShakaStreamFacts.audio(2, "mp4a.40.2", "es", "spa", 2.0, "Español", "es.m3u8");
    ShakaStreamFacts noResolution =
        ShakaStreamFacts.video(1, "avc1.42c01e", null, null, null, null);

    List<PlannedStream> planned =
        planner.plan(
            List.of(
                new ShakaVariantFacts(4e5, noResolution, spanish),
                new ShakaVariantFacts(
                    64000.0,
                    null,
                    ShakaStreamFacts.audio(7, "mp4a.40.5", "und", null, null, null, "a.m3u8"))),
            ManifestProtocol.HLS);

    assertEquals(0.0, planned.get(0).inputs().width());
    assertEquals(0.0, planned.get(0).inputs().height());
    assertEquals("spa", planned.get(1).inputs().language());
    assertEquals(
        new Inputs(64000.0, null, 0.0, 0.0, null, null, null, null, null), planned.get(2).inputs());
  }

  @Test
  void hlsWithoutOriginalLanguageFallsBackToLanguage() {
    ShakaStreamFacts old = ShakaStreamFacts.audio(2, "mp4a.40.2", "en", null, 2.0, "English", "x");

    PlannedStream p =
        planner
            .plan(List.of(new ShakaVariantFacts(1e6, VIDEO_720, old)), ManifestProtocol.HLS)
            .get(1);

    assertEquals("en", p.inputs().language());
  }

  @Test
  void streamInfosCarryTheHashedShortIds() {
    List<StreamInfo> infos =
        StreamPlanner.streamInfos(
            planner.plan(
                List.of(new ShakaVariantFacts(2149280.0, VIDEO_720, ENGLISH)),
                ManifestProtocol.DASH),
            ids);

    assertEquals(
        List.of(
            new StreamInfo("1", StreamType.MAIN, "3FLe7Dya7e9xv0TJuS0m614xjgc="),
            new StreamInfo("2", StreamType.SECONDARY, "bdjQ1B4N2yrcTDHyU5j7iDGV9sY=")),
        infos);
  }
}
