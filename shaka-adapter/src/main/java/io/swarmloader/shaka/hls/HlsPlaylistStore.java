package io.swarmloader.shaka.hls;

import io.swarmloader.core.util.OrderedMap;
import java.util.List;

/**
 * The latest numbers of each HLS media playlist of the current source (player-integration.md §4.7),
 * fed by the scheme plugin with every {@code MANIFEST} response. One per engine; cleared on every
 * source change. Single-threaded.
 *
 * <p>A playlist is kept under its request URL and its response URL. At most {@link #MAX_ENTRIES}
 * URLs are kept (the oldest go first), because LL-HLS reloads ask for a new URL every time.
 */
public final class HlsPlaylistStore {
  /** Bound on stored URLs; far above the renditions of any real source. */
  public static final int MAX_ENTRIES = 64;

  private final OrderedMap<HlsPlaylistNumbers> byUrl = new OrderedMap<>();

  /**
   * Parses a manifest response and keeps it when it is a media playlist.
   *
   * @param requestUrl the URL Shaka asked for
   * @param responseUrl the URL after redirects (segment URIs resolve against it)
   * @param text the response body as text
   * @return the numbers, or null when the response is not an HLS media playlist
   */
  public HlsPlaylistNumbers record(String requestUrl, String responseUrl, String text) {
    String base = responseUrl != null ? responseUrl : requestUrl;
    HlsPlaylistNumbers numbers = HlsPlaylistNumbering.parse(text, base);
    if (numbers == null) {
      return null;
    }
    put(base, numbers);
    if (requestUrl != null && !requestUrl.equals(base)) {
      put(requestUrl, numbers);
    }
    return numbers;
  }

  private void put(String url, HlsPlaylistNumbers numbers) {
    byUrl.remove(url);
    byUrl.put(url, numbers);
    while (byUrl.size() > MAX_ENTRIES) {
      // A String local: a list element passed straight to the map would make TeaVM keep every
      // equals()/hashCode() of any list element type (docs/bundle-size.md).
      String oldest = byUrl.keys().get(0);
      byUrl.remove(oldest);
    }
  }

  /** The latest numbers stored under a request or response URL, or null. */
  public HlsPlaylistNumbers byUrl(String url) {
    return byUrl.get(url);
  }

  /**
   * The playlist of a stream, found through its segments: the most recently stored playlist that
   * lists the newest of {@code runtimeIds} that any playlist lists. Null when none does.
   *
   * @param runtimeIds the stream's reference runtime IDs in playback order
   */
  public HlsPlaylistNumbers findByRuntimeIds(List<String> runtimeIds) {
    List<HlsPlaylistNumbers> stored = byUrl.valueList();
    for (int i = runtimeIds.size() - 1; i >= 0; i--) {
      String runtimeId = runtimeIds.get(i);
      for (int j = stored.size() - 1; j >= 0; j--) {
        if (stored.get(j).find(runtimeId) != null) {
          return stored.get(j);
        }
      }
    }
    return null;
  }

  /** Forgets every playlist (source change, {@code destroy()}). */
  public void clear() {
    byUrl.clear();
  }
}
