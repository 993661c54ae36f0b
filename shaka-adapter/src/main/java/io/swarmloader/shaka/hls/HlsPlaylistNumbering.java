package io.swarmloader.shaka.hls;

import io.swarmloader.core.model.ByteRange;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.util.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads segment numbers from the text of an HLS media playlist (player-integration.md §4.7
 * "SwarmLoader takes the numbers from the playlists themselves"). Every media playlist passes
 * through the scheme plugin as a {@code MANIFEST} request; this parser turns its text into a map
 * runtime ID → {media sequence number, position}, so that Shaka's segment references can be
 * numbered exactly as hls.js numbers its fragments ({@code fragment.sn} for live, the position for
 * VOD).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Lines end with LF, CRLF or CR; each is trimmed of ASCII spaces and controls; blank lines
 *       are skipped. A line starting with {@code #} is a tag or a comment; any other line is a
 *       segment URI, as both players count it (hls.js and Shaka alike treat every such line as a
 *       segment, whatever precedes it).
 *   <li>{@code #EXT-X-MEDIA-SEQUENCE:n} sets the first media sequence number (0 when absent or
 *       malformed, or above 2^53 − 1).
 *   <li>{@code #EXT-X-BYTERANGE:n[@o]} gives the next URI a byte range {@code o .. o+n−1}; without
 *       {@code @o} it starts after the previous range of the same resolved URI, or at 0 when there
 *       is none (as hls.js does). A malformed range leaves the segment out of the map (it still
 *       counts for numbering), and so does every later range of that URI without {@code @o}, whose
 *       start is then unknown: no wrong runtime ID is ever listed.
 *   <li>{@code #EXT-X-SKIP:SKIPPED-SEGMENTS=n} (a delta update) advances the numbering by n.
 *   <li>{@code #EXT-X-ENDLIST} makes the playlist VOD.
 *   <li>{@code #EXT-X-MAP} (init segments), {@code #EXT-X-PART} and {@code #EXT-X-PRELOAD-HINT}
 *       (LL-HLS parts) and every other tag are ignored; init segments and parts are never
 *       registered.
 *   <li>URIs are resolved against the playlist URL with {@link UrlResolver}. Variable substitution
 *       ({@code EXT-X-DEFINE}) is not applied: such segments miss the map and are numbered by the
 *       fallback ({@link HlsExternalIds}).
 *   <li>A URI listed twice keeps its first numbers.
 * </ul>
 *
 * <p>Uses {@code indexOf}/{@code substring}/{@code charAt} only (teavm-notes.md §7). Never throws.
 */
public final class HlsPlaylistNumbering {
  /** JavaScript numbers hold integers exactly up to here; no external ID may exceed it. */
  static final long MAX_SAFE_INTEGER = 9007199254740991L;

  private static final long UNKNOWN_OFFSET = -1;

  private HlsPlaylistNumbering() {}

  /**
   * Parses a media playlist.
   *
   * @param text the playlist body
   * @param playlistUrl the URL of the response, after redirects: segment URIs resolve against it
   * @return the numbers, or null when {@code text} is not an HLS media playlist (no {@code #EXTM3U}
   *     header, a master playlist, a DASH manifest) or {@code playlistUrl} is not absolute
   */
  public static HlsPlaylistNumbers parse(String text, String playlistUrl) {
    if (text == null || playlistUrl == null || UrlResolver.resolve(playlistUrl, "") == null) {
      return null;
    }
    Parser p = new Parser(playlistUrl);
    int pos = text.startsWith("\uFEFF") ? 1 : 0;
    boolean first = true;
    while (pos < text.length()) {
      int end = lineEnd(text, pos);
      String line = trim(text, pos, end);
      pos = end + 1;
      if (line.isEmpty()) {
        continue;
      }
      if (first) {
        if (!isTag(line, "#EXTM3U")) {
          return null;
        }
        first = false;
        continue;
      }
      if (!p.line(line)) {
        return null;
      }
    }
    return first ? null : p.result();
  }

  /** Parsing state over the lines after {@code #EXTM3U}. */
  private static final class Parser {
    private final String playlistUrl;
    private long mediaSequence;
    private boolean isVod;
    private int skipped;
    private int listed;
    private String pendingByteRange;

    /** Where the next range of each URL starts, or {@link #UNKNOWN_OFFSET} after a bad range. */
    private final Map<String, Long> nextOffsetByUrl = new HashMap<>();

    private final List<String> runtimeIds = new ArrayList<>();
    private final List<Integer> listedIndexes = new ArrayList<>();

    Parser(String playlistUrl) {
      this.playlistUrl = playlistUrl;
    }

    /** Handles one non-blank line; false when the text turns out to be a master playlist. */
    boolean line(String line) {
      if (line.charAt(0) != '#') {
        uri(line);
      } else if (isTag(line, "#EXT-X-STREAM-INF")
          || isTag(line, "#EXT-X-I-FRAME-STREAM-INF")
          || isTag(line, "#EXT-X-MEDIA")) {
        return false;
      } else if (isTag(line, "#EXT-X-MEDIA-SEQUENCE")) {
        long value = parseCount(tagValue(line, "#EXT-X-MEDIA-SEQUENCE"));
        mediaSequence = value < 0 ? 0 : value;
      } else if (isTag(line, "#EXT-X-BYTERANGE")) {
        pendingByteRange = tagValue(line, "#EXT-X-BYTERANGE");
      } else if (isTag(line, "#EXT-X-ENDLIST")) {
        isVod = true;
      } else if (isTag(line, "#EXT-X-SKIP")) {
        long n = parseCount(attribute(tagValue(line, "#EXT-X-SKIP"), "SKIPPED-SEGMENTS"));
        if (n > 0 && n < Integer.MAX_VALUE - listed - skipped) {
          skipped += (int) n;
        }
      }
      return true;
    }

    private void uri(String line) {
      int index = skipped + listed;
      listed++;
      String range = pendingByteRange;
      pendingByteRange = null;
      String url = UrlResolver.resolve(playlistUrl, line);
      if (url == null) {
        return;
      }
      String runtimeId = url;
      if (range != null) {
        ByteRange byteRange = byteRange(range, url);
        if (byteRange == null) {
          nextOffsetByUrl.put(url, UNKNOWN_OFFSET);
          return;
        }
        nextOffsetByUrl.put(url, byteRange.lastInclusive() + 1);
        runtimeId = Segment.runtimeIdOf(url, byteRange);
      }
      runtimeIds.add(runtimeId);
      listedIndexes.add(index);
    }

    /** {@code n[@o]}; null when malformed or when it continues a malformed range. */
    private ByteRange byteRange(String value, String url) {
      int at = value.indexOf('@');
      long length = parseCount(at < 0 ? value : value.substring(0, at));
      long offset;
      if (at < 0) {
        Long next = nextOffsetByUrl.get(url);
        offset = next == null ? 0 : next;
      } else {
        offset = parseCount(value.substring(at + 1));
      }
      if (length <= 0 || offset < 0 || offset > MAX_SAFE_INTEGER - length) {
        return null;
      }
      return new ByteRange(offset, offset + length - 1);
    }

    HlsPlaylistNumbers result() {
      Map<String, SegmentNumber> numbers = new HashMap<>();
      List<String> ordered = new ArrayList<>();
      for (int i = 0; i < runtimeIds.size(); i++) {
        int position = listedIndexes.get(i);
        long sequence = mediaSequence + position;
        // A String local (a checked cast): a list element passed straight to the map would make
        // TeaVM assume any list element type as a key and keep every equals() in the bundle.
        String runtimeId = runtimeIds.get(i);
        if (sequence > MAX_SAFE_INTEGER || numbers.containsKey(runtimeId)) {
          continue;
        }
        numbers.put(runtimeId, new SegmentNumber(sequence, position));
        ordered.add(runtimeId);
      }
      return new HlsPlaylistNumbers(
          playlistUrl, mediaSequence, isVod, skipped + listed, numbers, ordered);
    }
  }

  private static int lineEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return text.length();
  }

  private static String trim(String text, int start, int end) {
    while (start < end && text.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) <= ' ') {
      end--;
    }
    return text.substring(start, end);
  }

  /** True when {@code line} is the tag {@code name}, with or without a {@code :value}. */
  static boolean isTag(String line, String name) {
    return line.startsWith(name)
        && (line.length() == name.length() || line.charAt(name.length()) == ':');
  }

  /** The text after {@code name:}, or "" for a tag without a value. */
  static String tagValue(String line, String name) {
    return line.length() > name.length() ? line.substring(name.length() + 1) : "";
  }

  /**
   * The unquoted value of {@code NAME=value} in an attribute list, or "" when absent. Good enough
   * for the enumerated and integer attributes read here; quoted strings are not unescaped.
   */
  static String attribute(String list, String name) {
    int from = 0;
    while (true) {
      int i = list.indexOf(Text.cat(name, "="), from);
      if (i < 0) {
        return "";
      }
      if (i == 0 || list.charAt(i - 1) == ',' || list.charAt(i - 1) == ' ') {
        int start = i + name.length() + 1;
        int comma = list.indexOf(',', start);
        return list.substring(start, comma < 0 ? list.length() : comma).trim();
      }
      from = i + 1;
    }
  }

  /**
   * A decimal-integer (HLS §4.2: digits only, no sign), trimmed; -1 when malformed or above 2^53 −
   * 1.
   */
  static long parseCount(String s) {
    String t = s.trim();
    if (t.isEmpty() || t.length() > 16) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value > MAX_SAFE_INTEGER ? -1 : value;
  }
}
