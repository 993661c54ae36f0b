package io.swarmloader.shaka.streams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test-only reader of HLS master playlists: the {@code EXT-X-STREAM-INF} and {@code EXT-X-MEDIA}
 * tags with their attribute lists, which the hls.js and Shaka models below interpret each in their
 * own player's way.
 */
final class MasterPlaylist {
  /** One variant: its attributes and the URI on the next line. */
  record Variant(Map<String, String> attrs, String uri) {}

  /** One {@code EXT-X-MEDIA} rendition. */
  record Media(Map<String, String> attrs) {
    String uri() {
      return attrs.get("URI");
    }
  }

  final List<Variant> variants = new ArrayList<>();
  final List<Media> media = new ArrayList<>();

  static MasterPlaylist parse(String text) {
    MasterPlaylist m = new MasterPlaylist();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.startsWith("#EXT-X-STREAM-INF:")) {
        m.variants.add(
            new Variant(
                attributes(line.substring("#EXT-X-STREAM-INF:".length())), lines[++i].trim()));
      } else if (line.startsWith("#EXT-X-MEDIA:")) {
        m.media.add(new Media(attributes(line.substring("#EXT-X-MEDIA:".length()))));
      }
    }
    return m;
  }

  /** HLS attribute list: NAME=value pairs separated by commas; quoted values may hold commas. */
  static Map<String, String> attributes(String list) {
    Map<String, String> out = new LinkedHashMap<>();
    int i = 0;
    while (i < list.length()) {
      int eq = list.indexOf('=', i);
      String name = list.substring(i, eq).trim();
      String value;
      if (list.charAt(eq + 1) == '"') {
        int close = list.indexOf('"', eq + 2);
        value = list.substring(eq + 2, close);
        i = close + 1;
      } else {
        int comma = list.indexOf(',', eq + 1);
        int end = comma < 0 ? list.length() : comma;
        value = list.substring(eq + 1, end);
        i = end;
      }
      out.put(name, value);
      while (i < list.length() && (list.charAt(i) == ',' || list.charAt(i) == ' ')) {
        i++;
      }
    }
    return out;
  }

  /** JavaScript {@code Number(s)} for the plain decimal texts used here; NaN otherwise. */
  static double jsNumber(String s) {
    if (s == null || s.trim().isEmpty()) {
      return s == null ? Double.NaN : 0;
    }
    try {
      return Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** JavaScript {@code parseInt(s, 10)} for leading decimal digits; NaN when there are none. */
  static double jsParseInt(String s) {
    if (s == null) {
      return Double.NaN;
    }
    String t = s.trim();
    int end = 0;
    while (end < t.length() && Character.isDigit(t.charAt(end))) {
      end++;
    }
    return end == 0 ? Double.NaN : Double.parseDouble(t.substring(0, end));
  }

  /** JavaScript truthiness of a number. */
  static boolean truthy(double d) {
    return d != 0 && !Double.isNaN(d);
  }
}
