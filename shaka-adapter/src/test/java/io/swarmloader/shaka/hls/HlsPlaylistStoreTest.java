package io.swarmloader.shaka.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class HlsPlaylistStoreTest {
  private final HlsPlaylistStore store = new HlsPlaylistStore();

  private static String media(long ms, String... uris) {
    StringBuilder sb = new StringBuilder("#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:" + ms + "\n");
    for (String uri : uris) {
      sb.append("#EXTINF:4,\n").append(uri).append('\n');
    }
    return sb.toString();
  }

  @Test
  void mastersAndMpdsAreNotStored() {
    assertNull(
        store.record(
            "https://h/master.m3u8",
            "https://h/master.m3u8",
            "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\nv.m3u8\n"));
    assertNull(store.record("https://h/m.mpd", "https://h/m.mpd", "<MPD/>"));
    assertNull(store.byUrl("https://h/master.m3u8"));
  }

  @Test
  void aRedirectedPlaylistResolvesAgainstItsResponseUrlAndIsFoundUnderBoth() {
    HlsPlaylistNumbers n =
        store.record("https://h/v/index.m3u8", "https://edge.h/x/index.m3u8", media(3, "s3.ts"));

    assertEquals(List.of("https://edge.h/x/s3.ts"), n.runtimeIds());
    assertSame(n, store.byUrl("https://h/v/index.m3u8"));
    assertSame(n, store.byUrl("https://edge.h/x/index.m3u8"));
  }

  @Test
  void streamsFindTheirOwnPlaylistThroughTheirSegments() {
    HlsPlaylistNumbers video =
        store.record("https://h/v.m3u8", "https://h/v.m3u8", media(900, "v900.ts", "v901.ts"));
    HlsPlaylistNumbers audio =
        store.record("https://h/a.m3u8", "https://h/a.m3u8", media(12, "a12.aac", "a13.aac"));

    assertSame(audio, store.findByRuntimeIds(List.of("https://h/a12.aac", "https://h/a13.aac")));
    assertSame(video, store.findByRuntimeIds(List.of("https://h/v900.ts", "https://h/gone.ts")));
    assertNull(store.findByRuntimeIds(List.of("https://h/unknown.ts")));
  }

  @Test
  void theNewestReloadWins() {
    store.record("https://h/v.m3u8?_HLS_msn=5", null, media(5, "s5.ts"));
    HlsPlaylistNumbers newer =
        store.record("https://h/v.m3u8?_HLS_msn=6", null, media(5, "s5.ts", "s6.ts"));

    assertSame(newer, store.findByRuntimeIds(List.of("https://h/s5.ts")));
  }

  @Test
  void keepsAtMostMaxEntriesUrlsDroppingTheOldest() {
    for (int i = 0; i <= HlsPlaylistStore.MAX_ENTRIES; i++) {
      store.record("https://h/v.m3u8?_HLS_msn=" + i, null, media(i, "s" + i + ".ts"));
    }

    assertNull(store.byUrl("https://h/v.m3u8?_HLS_msn=0"));
    assertNotNull(store.byUrl("https://h/v.m3u8?_HLS_msn=1"));
    assertNotNull(store.byUrl("https://h/v.m3u8?_HLS_msn=" + HlsPlaylistStore.MAX_ENTRIES));
  }

  @Test
  void clearForgetsEverything() {
    store.record("https://h/v.m3u8", null, media(1, "s1.ts"));

    store.clear();

    assertNull(store.byUrl("https://h/v.m3u8"));
    assertNull(store.findByRuntimeIds(List.of("https://h/s1.ts")));
  }
}
