package io.swarmloader.shaka.hls;

import io.swarmloader.shaka.segments.ExternalIdPolicy;
import io.swarmloader.shaka.segments.SegmentCandidate;
import java.util.List;
import java.util.Map;

/**
 * HLS external IDs for the Shaka adapter (player-integration.md §2 and §4.7): live → media sequence
 * number, VOD → 0-based position in the media playlist, exactly as hls.js numbers its fragments, so
 * hls.js and Shaka peers share swarms (§7 rows 1 and 3).
 *
 * <p>Each reference is numbered by the first rule that knows it:
 *
 * <ol>
 *   <li>the numbers read from its own playlist's text ({@link HlsPlaylistNumbers}, per playlist, so
 *       audio and video never share a map);
 *   <li>the ID it was registered with earlier;
 *   <li>the fallback below, for references whose runtime ID the playlist text did not give (a URI
 *       written differently from Shaka's resolution, variable substitution).
 * </ol>
 *
 * <p>Fallback, after p2p-media-loader 2.3's procedure and without its two defects (§4.7): the
 * references of a Shaka HLS index are consecutive segments of the playlist, so an unknown reference
 * is numbered by its distance from the nearest known one — after the newest known reference,
 * counting up from it (2.3 walks back from {@code lastMS} to the first known ID, which gives the
 * same numbers); before it, counting down from the next known one. When no reference is known (the
 * first fill), the newest reference gets the playlist's last media sequence number and the others
 * count back from it (2.3: start at {@code lastMS − refs.length + 1}); without numbers the first
 * reference gets 0. VOD counts from 0 instead. The defects fixed: {@code lastMS} comes from the
 * stream's own playlist (2.3 used the video map for audio), and a last media sequence number of 0
 * is a number like any other (2.3 skipped the update). IDs below 0 or above 2^53 − 1 are {@link
 * ExternalIdPolicy#SKIP}.
 *
 * <p>Immutable; create one per index read with the playlist's latest numbers.
 */
public final class HlsExternalIds implements ExternalIdPolicy {
  private final HlsPlaylistNumbers numbers;

  /**
   * @param numbers the latest numbers of the stream's own playlist, or null when that playlist was
   *     never seen (every reference is then numbered by the fallback, from 0). Live or VOD is the
   *     playlist's own {@code EXT-X-ENDLIST}, as in hls.js.
   */
  public HlsExternalIds(HlsPlaylistNumbers numbers) {
    this.numbers = numbers;
  }

  @Override
  public long[] assign(List<SegmentCandidate> candidates, Map<String, Long> registered) {
    int n = candidates.size();
    long[] ids = new long[n];
    int newestKnown = -1;
    for (int i = 0; i < n; i++) {
      String runtimeId = candidates.get(i).runtimeId();
      Long id = numbers == null ? null : numbers.externalIdOf(runtimeId);
      if (id == null) {
        id = registered.get(runtimeId);
      }
      ids[i] = id == null ? SKIP : id;
      if (id != null) {
        newestKnown = i;
      }
    }
    if (newestKnown < 0) {
      long first = firstFillStart(n);
      for (int i = 0; i < n; i++) {
        ids[i] = checked(first + i);
      }
      return ids;
    }
    for (int i = newestKnown + 1; i < n; i++) {
      ids[i] = checked(ids[newestKnown] + (i - newestKnown));
    }
    long anchor = ids[newestKnown];
    int anchorIndex = newestKnown;
    for (int i = newestKnown - 1; i >= 0; i--) {
      if (ids[i] != SKIP) {
        anchor = ids[i];
        anchorIndex = i;
      } else {
        ids[i] = checked(anchor - (anchorIndex - i));
      }
    }
    return ids;
  }

  /** The ID of the first of {@code n} references when none is known. */
  private long firstFillStart(int n) {
    if (numbers == null || numbers.isVod() || !numbers.hasSegments()) {
      return 0;
    }
    return numbers.lastMediaSequence() - (n - 1);
  }

  private static long checked(long id) {
    return id < 0 || id > MAX_SAFE_INTEGER ? SKIP : id;
  }
}
