package io.swarmloader.shaka.hls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmloader.core.model.Segment;
import io.swarmloader.shaka.segments.ExternalIdPolicy;
import io.swarmloader.shaka.segments.SegmentCandidate;
import io.swarmloader.shaka.segments.ShakaReference;
import io.swarmloader.shaka.segments.StreamSegmentSync;
import io.swarmloader.shaka.segments.StreamUpdate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HLS numbering for the Shaka adapter: playlist map first, 2.3's fallback without its defects. */
class HlsExternalIdsTest {
  private static final long SKIP = ExternalIdPolicy.SKIP;
  private static final String DIR = "https://h/live/";

  /** A media playlist listing {@code uris} from media sequence {@code ms}. */
  private static HlsPlaylistNumbers playlist(String name, long ms, boolean vod, List<String> uris) {
    StringBuilder sb = new StringBuilder("#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:" + ms + "\n");
    for (String uri : uris) {
      sb.append("#EXTINF:4,\n").append(uri).append('\n');
    }
    if (vod) {
      sb.append("#EXT-X-ENDLIST\n");
    }
    return HlsPlaylistNumbering.parse(sb.toString(), DIR + name);
  }

  private static List<String> names(String prefix, long from, long toInclusive) {
    List<String> out = new ArrayList<>();
    for (long k = from; k <= toInclusive; k++) {
      out.add(prefix + k + ".ts");
    }
    return out;
  }

  /** Shaka's references for {@code uris} (relative to DIR), as candidates. */
  private static List<SegmentCandidate> candidates(List<String> uris) {
    List<SegmentCandidate> out = new ArrayList<>();
    double t = 0;
    for (String uri : uris) {
      out.add(SegmentCandidate.of(new ShakaReference(DIR + uri, 0, -1, t, t + 4)));
      t += 4;
    }
    return out;
  }

  private static long[] range(long from, long toInclusive) {
    long[] out = new long[(int) (toInclusive - from + 1)];
    for (int i = 0; i < out.length; i++) {
      out[i] = from + i;
    }
    return out;
  }

  @Test
  void liveReferencesTakeTheirMediaSequenceFromThePlaylist() {
    HlsPlaylistNumbers video = playlist("v.m3u8", 1000, false, names("v", 1000, 1004));

    long[] ids = new HlsExternalIds(video).assign(candidates(names("v", 1000, 1004)), Map.of());

    assertArrayEquals(range(1000, 1004), ids);
  }

  @Test
  void vodReferencesTakeTheirPositionWhateverTheMediaSequence() {
    // §7 row 1: what hls.js (2.3 and SwarmLoader) sends for this VOD, not 2.3 Shaka's 7, 8, 9.
    HlsPlaylistNumbers vod = playlist("vod.m3u8", 7, true, names("s", 7, 9));

    long[] ids = new HlsExternalIds(vod).assign(candidates(names("s", 7, 9)), Map.of());

    assertArrayEquals(new long[] {0, 1, 2}, ids);
  }

  @Test
  void audioAndVideoAreNumberedFromTheirOwnPlaylists() {
    // §7 row 3: 2.3 numbered audio from the video playlist's map.
    HlsPlaylistStore store = new HlsPlaylistStore();
    store.record(DIR + "v.m3u8", DIR + "v.m3u8", text(5000, names("v", 5000, 5003)));
    store.record(DIR + "a.m3u8", DIR + "a.m3u8", text(37, names("a", 37, 40)));
    List<SegmentCandidate> audioRefs = candidates(names("a", 37, 40));
    List<SegmentCandidate> videoRefs = candidates(names("v", 5000, 5003));

    long[] audio =
        new HlsExternalIds(store.findByRuntimeIds(runtimeIds(audioRefs)))
            .assign(audioRefs, Map.of());
    long[] video =
        new HlsExternalIds(store.findByRuntimeIds(runtimeIds(videoRefs)))
            .assign(videoRefs, Map.of());

    assertArrayEquals(range(37, 40), audio);
    assertArrayEquals(range(5000, 5003), video);
  }

  @Test
  void audioWhoseUrisMissTheMapFallsBackOnItsOwnPlaylistsLastSequence() {
    // The audio playlist was seen (found by URL), but its URIs use variable substitution.
    HlsPlaylistNumbers audio = playlist("a.m3u8", 37, false, names("{$p}a", 37, 40));

    long[] ids = new HlsExternalIds(audio).assign(candidates(names("a", 37, 40)), Map.of());

    assertArrayEquals(range(37, 40), ids);
  }

  @Test
  void firstFillWithoutAMatchCountsBackFromTheLastMediaSequence() {
    HlsPlaylistNumbers numbers = playlist("v.m3u8", 100, false, names("x", 100, 104));

    // Shaka may still hold two references older than the playlist window.
    long[] ids = new HlsExternalIds(numbers).assign(candidates(names("v", 98, 104)), Map.of());

    assertArrayEquals(range(98, 104), ids);
  }

  @Test
  void firstFillWithoutAnyPlaylistStartsAtZero() {
    long[] ids = new HlsExternalIds(null).assign(candidates(names("v", 55, 57)), Map.of());

    assertArrayEquals(new long[] {0, 1, 2}, ids);
  }

  @Test
  void aLastMediaSequenceOfZeroStillNumbersTheFirstFillAndTheUpdate() {
    // §7 row 3: 2.3 skipped the update when the last media sequence number was 0.
    StreamSegmentSync sync = new StreamSegmentSync();
    HlsPlaylistNumbers one = playlist("v.m3u8", 0, false, names("other", 0, 0));

    sync.update(references(names("v", 0, 0)), new HlsExternalIds(one));
    HlsPlaylistNumbers two = playlist("v.m3u8", 0, false, names("other", 0, 1));
    StreamUpdate u = sync.update(references(names("v", 0, 1)), new HlsExternalIds(two));

    assertEquals(List.of(0L, 1L), externalIds(sync.registeredSegments()));
    assertEquals(1, u.add().size());
  }

  @Test
  void unknownReferencesAreNumberedFromTheirKnownNeighbours() {
    HlsPlaylistNumbers numbers = playlist("v.m3u8", 20, false, names("v", 20, 24));
    List<String> uris = new ArrayList<>(names("v", 20, 24));
    uris.set(0, "renamed-a.ts");
    uris.set(2, "renamed-b.ts");
    uris.add("v25.ts");

    long[] ids = new HlsExternalIds(numbers).assign(candidates(uris), Map.of());

    assertArrayEquals(range(20, 25), ids);
  }

  @Test
  void updatesContinueFromRegisteredIdsWhenThePlaylistGivesNothing() {
    Map<String, Long> registered = new HashMap<>();
    for (long k = 10; k <= 12; k++) {
      registered.put(DIR + "v" + k + ".ts", k);
    }

    long[] ids = new HlsExternalIds(null).assign(candidates(names("v", 11, 14)), registered);

    assertArrayEquals(range(11, 14), ids);
  }

  @Test
  void idsBelowZeroAreSkipped() {
    HlsPlaylistNumbers numbers = playlist("v.m3u8", 0, false, names("x", 0, 2));

    long[] ids = new HlsExternalIds(numbers).assign(candidates(names("v", 0, 4)), Map.of());

    assertArrayEquals(new long[] {SKIP, SKIP, 0, 1, 2}, ids);
  }

  @Test
  void vodFallbackUsesPositions() {
    HlsPlaylistNumbers vod = playlist("vod.m3u8", 7, true, names("x", 7, 9));

    long[] ids = new HlsExternalIds(vod).assign(candidates(names("s", 7, 9)), Map.of());

    assertArrayEquals(new long[] {0, 1, 2}, ids);
  }

  @Test
  void aSlidingLiveStreamMatchesHlsJsFragmentSnWithAndWithoutMapHits() {
    StreamSegmentSync mapped = new StreamSegmentSync();
    StreamSegmentSync unmapped = new StreamSegmentSync();
    for (long first = 300; first <= 320; first += 3) {
      long last = first + 5;
      List<ShakaReference> refs = references(names("v", first, last));
      mapped.update(
          refs, new HlsExternalIds(playlist("v.m3u8", first, false, names("v", first, last))));
      unmapped.update(
          refs, new HlsExternalIds(playlist("v.m3u8", first, false, names("w", first, last))));

      List<Long> sn = new ArrayList<>();
      for (long k = first; k <= last; k++) {
        sn.add(k);
      }
      assertEquals(sn, externalIds(mapped.registeredSegments()));
      assertEquals(sn, externalIds(unmapped.registeredSegments()));
    }
  }

  private static String text(long ms, List<String> uris) {
    StringBuilder sb = new StringBuilder("#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:" + ms + "\n");
    for (String uri : uris) {
      sb.append("#EXTINF:4,\n").append(uri).append('\n');
    }
    return sb.toString();
  }

  private static List<ShakaReference> references(List<String> uris) {
    List<ShakaReference> out = new ArrayList<>();
    for (SegmentCandidate c : candidates(uris)) {
      out.add(new ShakaReference(c.url(), 0, -1, c.startTime(), c.endTime()));
    }
    return out;
  }

  private static List<String> runtimeIds(List<SegmentCandidate> cs) {
    List<String> out = new ArrayList<>();
    for (SegmentCandidate c : cs) {
      out.add(c.runtimeId());
    }
    return out;
  }

  private static List<Long> externalIds(List<Segment> segments) {
    List<Long> out = new ArrayList<>();
    for (Segment s : segments) {
      out.add(s.externalId());
    }
    return out;
  }
}
