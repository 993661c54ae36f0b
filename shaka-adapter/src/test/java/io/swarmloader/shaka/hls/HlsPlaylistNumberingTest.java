package io.swarmloader.shaka.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HlsPlaylistNumberingTest {
  private static final String VIDEO_URL = "https://cdn.example.com/live/video/index.m3u8?token=t1";

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  /** runtime ID → external ID, in playlist order. */
  private static Map<String, Long> externalIds(HlsPlaylistNumbers numbers) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String id : numbers.runtimeIds()) {
      out.put(id, numbers.externalIdOf(id));
    }
    return out;
  }

  /** {@code mediaSequence@position}, or null. */
  private static String text(SegmentNumber number) {
    return number == null ? null : number.mediaSequence() + "@" + number.position();
  }

  private static Map<String, String> texts(Map<String, SegmentNumber> numbers) {
    Map<String, String> out = new LinkedHashMap<>();
    numbers.forEach((url, number) -> out.put(url, text(number)));
    return out;
  }

  @Test
  void liveSegmentsAreNumberedByMediaSequence() {
    HlsPlaylistNumbers n =
        HlsPlaylistNumbering.parse(
            lines(
                "#EXTM3U",
                "#EXT-X-VERSION:3",
                "#EXT-X-TARGETDURATION:6",
                "#EXT-X-MEDIA-SEQUENCE:1200",
                "#EXTINF:6.0,",
                "seg1200.ts",
                "#EXTINF:6.0,",
                "seg1201.ts",
                "#EXTINF:6.0,",
                "seg1202.ts"),
            VIDEO_URL);

    assertFalse(n.isVod());
    assertEquals(1200, n.mediaSequence());
    assertEquals(3, n.segmentCount());
    assertEquals(1202, n.lastMediaSequence());
    assertEquals(
        Map.of(
            "https://cdn.example.com/live/video/seg1200.ts", "1200@0",
            "https://cdn.example.com/live/video/seg1201.ts", "1201@1",
            "https://cdn.example.com/live/video/seg1202.ts", "1202@2"),
        texts(n.numbers()));
    assertEquals(List.of(1200L, 1201L, 1202L), new ArrayList<>(externalIds(n).values()));
  }

  @Test
  void absentMediaSequenceStartsAtZero() {
    HlsPlaylistNumbers n =
        HlsPlaylistNumbering.parse(
            lines("#EXTM3U", "#EXT-X-TARGETDURATION:4", "#EXTINF:4,", "a.ts", "#EXTINF:4,", "b.ts"),
            "https://h/p/live.m3u8");

    assertEquals(0, n.mediaSequence());
    assertEquals(List.of(0L, 1L), new ArrayList<>(externalIds(n).values()));
  }

  @Test
  void liveWithSequenceZeroAndOneSegmentHasALastSequenceOfZero() {
    // §7 row 3: 2.3 skipped updates when the last sequence number was 0.
    HlsPlaylistNumbers n =
        HlsPlaylistNumbering.parse(
            lines("#EXTM3U", "#EXT-X-MEDIA-SEQUENCE:0", "#EXTINF:4,", "first.ts"),
            "https://h/p/live.m3u8");

    assertTrue(n.hasSegments());
    assertEquals(0, n.lastMediaSequence());
    assertEquals(0L, n.externalIdOf("https://h/p/first.ts"));
  }

  @Test
  void vodIsNumberedByPositionEvenWhenTheMediaSequenceIsNotZero() {
    // §7 row 1: hls.js numbers VOD from 0; 2.3 Shaka used 7, 8, 9 and split the swarm.
    HlsPlaylistNumbers n =
        HlsPlaylistNumbering.parse(
            lines(
                "#EXTM3U",
                "#EXT-X-PLAYLIST-TYPE:VOD",
                "#EXT-X-MEDIA-SEQUENCE:7",
                "#EXTINF:4,",
                "s7.ts",
                "#EXTINF:4,",
                "s8.ts",
                "#EXTINF:4,",
                "s9.ts",
                "#EXT-X-ENDLIST"),
            "https://h/vod/v.m3u8");

    assertTrue(n.isVod());
    assertEquals("8@1", text(n.find("https://h/vod/s8.ts")));
    assertEquals(List.of(0L, 1L, 2L), new ArrayList<>(externalIds(n).values()));
  }

  @Test
  void audioAndVideoPlaylistsKeepTheirOwnSequences() {
    HlsPlaylistNumbers video =
        HlsPlaylistNumbering.parse(
            lines("#EXTM3U", "#EXT-X-MEDIA-SEQUENCE:5000", "#EXTINF:6,", "v/5000.ts"),
            "https://h/live/master/video.m3u8");
    HlsPlaylistNumbers audio =
        HlsPlaylistNumbering.parse(
            lines("#EXTM3U", "#EXT-X-MEDIA-SEQUENCE:37", "#EXTINF:6,", "a/37.aac"),
            "https://h/live/master/audio.m3u8");

    assertEquals(5000L, video.externalIdOf("https://h/live/master/v/5000.ts"));
    assertEquals(37L, audio.externalIdOf("https://h/live/master/a/37.aac"));
    assertNull(video.externalIdOf("https://h/live/master/a/37.aac"));
  }

  @Test
  void byteRangesTrackOffsetsPerUri() {
    HlsPlaylistNumbers n =
        HlsPlaylistNumbering.parse(
            lines(
                "#EXTM3U",
                "#EXT-X-MEDIA-SEQUENCE:10",
                "#EXT-X-MAP:URI=\"main.mp4\",BYTERANGE=\"720@0\"",
                "#EXTINF:4,",
                "#EXT-X-BYTERANGE:1000@720",
                "main.mp4",
                "#EXTINF:4,",
                "#EXT-X-BYTERANGE:500",
                "main.mp4",
                "#EXTINF:4,",
                "#EXT-X-BYTERANGE:300@0",
                "other.mp4",
                "#EXTINF:4,",
                "#EXT-X-BYTERANGE:250",
                "main.mp4",
                "#EXTINF:4,",
                "#EXT-X-BYTERANGE:100",
                "other.mp4",
                "#EXTINF:4,",
                "whole.ts"),
            "https://h/v/index.m3u8");

    assertEquals(
        List.of(
            "https://h/v/main.mp4|720-1719",
            "https://h/v/main.mp4|1720-2219",
            "https://h/v/other.mp4|0-299",
            "https://h/v/main.mp4|2220-2469",
            "https://h/v/other.mp4|300-399",
            "https://h/v/whole.ts"),
        n.runtimeIds());
    assertEquals(List.of(10L, 11L, 12L, 13L, 14L, 15L), new ArrayList<>(externalIds(n).values()));
  }

  @Test
  void aFirstByteRangeWithoutOffsetStartsAtZero() {
    HlsPlaylistNumbers n =
        HlsPlaylistNumbering.parse(
            lines("#EXTM3U", "#EXTINF:4,", "#EXT-X-BYTERANGE:100", "f.mp4"), "https://h/i.m3u8");

    assertEquals(List.of("https://h/f.mp4|0-99"), n.runtimeIds());
  }

  @Test
  void aMalformedByteRangeLeavesItsSegmentUnlistedButCounted() {
    HlsPlaylistNumbers n =
        HlsPlaylistNumbering.parse(
            lines(
                "#EXTM3U",
                "#EXT-X-MEDIA-SEQUENCE:3",
                "#EXTINF:4,",
                "#EXT-X-BYTERANGE:100@0",
                "f.mp4",
                "#EXTINF:4,",
                "#EXT-X-BYTERANGE:1x0",
                "f.mp4",
                "#EXTINF:4,",
                "#EXT-X-BYTERANGE:100",
                "f.mp4",
                "#EXTINF:4,",
                "#EXT-X-BYTERANGE:100@300",
                "f.mp4",
                "#EXTINF:4,",
                "#EXT-X-BYTERANGE:0@400",
                "f.mp4"),
            "https://h/i.m3u8");

    // The third range continues after the malformed second one, whose end is unknown.
    assertEquals(Map.of("https://h/f.mp4|0-99", 3L, "https://h/f.mp4|300-399", 6L), externalIds(n));
    assertEquals(5, n.segmentCount());
  }

  @Test
  void relativeUrisResolveAgainstThePlaylistUrl() {
    HlsPlaylistNumbers n =
        HlsPlaylistNumbering.parse(
            lines(
                "#EXTM3U",
                "#EXTINF:4,",
                "seg1.ts",
                "#EXTINF:4,",
                "./seg2.ts?sig=abc",
                "#EXTINF:4,",
                "../shared/seg3.ts",
                "#EXTINF:4,",
                "/root/seg4.ts",
                "#EXTINF:4,",
                "//edge.example.net/seg5.ts",
                "#EXTINF:4,",
                "http://other.example.org/seg6.ts"),
            "https://cdn.example.com/live/video/index.m3u8?token=t1");

    assertEquals(
        List.of(
            "https://cdn.example.com/live/video/seg1.ts",
            "https://cdn.example.com/live/video/seg2.ts?sig=abc",
            "https://cdn.example.com/live/shared/seg3.ts",
            "https://cdn.example.com/root/seg4.ts",
            "https://edge.example.net/seg5.ts",
            "http://other.example.org/seg6.ts"),
        n.runtimeIds());
  }

  @Test
  void crlfAndCrLineEndingsAndAByteOrderMark() {
    String lf =
        lines(
            "#EXTM3U",
            "#EXT-X-MEDIA-SEQUENCE:42",
            "#EXTINF:4,",
            "#EXT-X-BYTERANGE:10@5",
            "a.ts",
            "#EXTINF:4,",
            "b.ts",
            "#EXT-X-ENDLIST");
    HlsPlaylistNumbers expected = HlsPlaylistNumbering.parse(lf, "https://h/p.m3u8");
    for (String text :
        List.of(
            lf.replace("\n", "\r\n"),
            lf.replace("\n", "\r"),
            "\uFEFF" + lf.replace("\n", "\r\n"))) {
      HlsPlaylistNumbers n = HlsPlaylistNumbering.parse(text, "https://h/p.m3u8");
      assertEquals(texts(expected.numbers()), texts(n.numbers()));
      assertEquals(List.of("https://h/a.ts|5-14", "https://h/b.ts"), n.runtimeIds());
      assertTrue(n.isVod());
      assertEquals(42, n.mediaSequence());
    }
  }

  @Test
  void garbageLinesAreIgnoredAndNonTagLinesCountAsSegments() {
    HlsPlaylistNumbers n =
        HlsPlaylistNumbering.parse(
            lines(
                "#EXTM3U",
                "",
                "   ",
                "# a comment",
                "#EXT-X-UNKNOWN-TAG:whatever=1",
                "#EXT-X-MEDIA-SEQUENCE:abc",
                "#EXT-X-DISCONTINUITY-SEQUENCE:2",
                "#EXT-X-PROGRAM-DATE-TIME:2024-01-01T00:00:00Z",
                "#EXTINF:4,title with, commas",
                "  a.ts  ",
                "#EXT-X-DISCONTINUITY",
                "#EXT-X-GAP",
                "#EXTINF:4,",
                "b.ts",
                "#EXT-X-BYTERANGE:",
                "#EXTINF:4,",
                "c.ts",
                "#EXTINFO:bogus",
                "d.ts",
                "#EXT-X-ENDLISTING"),
            "https://h/x/p.m3u8");

    // The malformed media sequence reads as 0; "d.ts" has no EXTINF but both players count it.
    assertEquals(0, n.mediaSequence());
    assertFalse(n.isVod());
    assertEquals(
        List.of("https://h/x/a.ts", "https://h/x/b.ts", "https://h/x/d.ts"), n.runtimeIds());
    assertEquals("3@3", text(n.find("https://h/x/d.ts")));
    assertEquals(4, n.segmentCount());
  }

  @Test
  void initSegmentsAndPartsAreNeverListed() {
    HlsPlaylistNumbers n =
        HlsPlaylistNumbering.parse(
            lines(
                "#EXTM3U",
                "#EXT-X-TARGETDURATION:4",
                "#EXT-X-PART-INF:PART-TARGET=1.0",
                "#EXT-X-MEDIA-SEQUENCE:100",
                "#EXT-X-MAP:URI=\"init.mp4\"",
                "#EXT-X-PART:DURATION=1.0,URI=\"s100.p0.mp4\"",
                "#EXT-X-PART:DURATION=1.0,URI=\"s100.p1.mp4\"",
                "#EXTINF:4,",
                "s100.mp4",
                "#EXT-X-PART:DURATION=1.0,URI=\"s101.p0.mp4\"",
                "#EXT-X-PRELOAD-HINT:TYPE=PART,URI=\"s101.p1.mp4\""),
            "https://h/ll/v.m3u8");

    assertEquals(Map.of("https://h/ll/s100.mp4", "100@0"), texts(n.numbers()));
    assertEquals(1, n.segmentCount());
  }

  @Test
  void deltaUpdatesCountSkippedSegments() {
    HlsPlaylistNumbers n =
        HlsPlaylistNumbering.parse(
            lines(
                "#EXTM3U",
                "#EXT-X-MEDIA-SEQUENCE:500",
                "#EXT-X-SKIP:SKIPPED-SEGMENTS=12",
                "#EXTINF:4,",
                "s512.ts",
                "#EXTINF:4,",
                "s513.ts"),
            "https://h/ll/v.m3u8?_HLS_skip=YES");

    assertEquals("512@12", text(n.find("https://h/ll/s512.ts")));
    assertEquals(513, n.lastMediaSequence());
  }

  @Test
  void aUriListedTwiceKeepsItsFirstNumbers() {
    HlsPlaylistNumbers n =
        HlsPlaylistNumbering.parse(
            lines(
                "#EXTM3U",
                "#EXT-X-MEDIA-SEQUENCE:1",
                "#EXTINF:4,",
                "slate.ts",
                "#EXTINF:4,",
                "live.ts",
                "#EXTINF:4,",
                "slate.ts"),
            "https://h/p.m3u8");

    assertEquals(List.of("https://h/slate.ts", "https://h/live.ts"), n.runtimeIds());
    assertEquals(1L, n.externalIdOf("https://h/slate.ts"));
    assertEquals(3, n.lastMediaSequence());
  }

  @Test
  void anEmptyLivePlaylistHasNoSegments() {
    HlsPlaylistNumbers n =
        HlsPlaylistNumbering.parse(
            lines("#EXTM3U", "#EXT-X-TARGETDURATION:6", "#EXT-X-MEDIA-SEQUENCE:9"),
            "https://h/p.m3u8");

    assertFalse(n.hasSegments());
    assertTrue(n.runtimeIds().isEmpty());
  }

  @Test
  void mediaSequencesBeyondTwoToThe53AreNotNumbered() {
    HlsPlaylistNumbers n =
        HlsPlaylistNumbering.parse(
            lines(
                "#EXTM3U",
                "#EXT-X-MEDIA-SEQUENCE:9007199254740991",
                "#EXTINF:4,",
                "a.ts",
                "#EXTINF:4,",
                "b.ts"),
            "https://h/p.m3u8");

    assertEquals(Map.of("https://h/a.ts", "9007199254740991@0"), texts(n.numbers()));
  }

  @Test
  void whatIsNotAMediaPlaylistGivesNull() {
    String master =
        lines(
            "#EXTM3U", "#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360", "v360/index.m3u8");
    String mpd = "<?xml version=\"1.0\"?>\n<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\"/>";

    assertNull(HlsPlaylistNumbering.parse(master, "https://h/master.m3u8"));
    assertNull(HlsPlaylistNumbering.parse(mpd, "https://h/manifest.mpd"));
    assertNull(HlsPlaylistNumbering.parse("", "https://h/p.m3u8"));
    assertNull(HlsPlaylistNumbering.parse("seg.ts\n", "https://h/p.m3u8"));
    assertNull(HlsPlaylistNumbering.parse(lines("#EXTM3U", "#EXTINF:4,", "a.ts"), "p.m3u8"));
    assertNull(HlsPlaylistNumbering.parse(null, "https://h/p.m3u8"));
  }
}
