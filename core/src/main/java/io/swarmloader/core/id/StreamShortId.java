package io.swarmloader.core.id;

import io.swarmloader.core.platform.TextSemantics;
import io.swarmloader.core.util.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The stream short ID of wire-protocol.md §2.1: a canonical string of nine normalised rendition
 * attributes, hashed with SHA-1 and printed as 28 Base64 characters. Every string and number
 * operation goes through {@link TextSemantics}, because 2.3.x peers compute the same value in
 * JavaScript and any difference puts us in another swarm. Stateless; never throws for any inputs.
 */
public final class StreamShortId {
  private final TextSemantics text;

  public StreamShortId(TextSemantics text) {
    this.text = text;
  }

  /**
   * The attributes of one stream. Every field is nullable (JavaScript {@code undefined}). Numbers
   * are JavaScript numbers. {@code channels} is the attribute text ({@code "2/JOC"}); an adapter
   * holding a number passes {@code String(n)}, and null for 0. {@code frameRate} is a {@link
   * String} or a {@link Number}, as the player reports it.
   */
  public record Inputs(
      Double bitrate,
      String codecs,
      Double width,
      Double height,
      String language,
      String channels,
      String name,
      Object frameRate,
      String videoRange) {

    /**
     * A main stream (video rendition, or the main stream of an audio-only variant with only a
     * bitrate). wire-protocol.md §2.1: if the bitrate is 0 (or missing), every other field is left
     * out.
     */
    public static Inputs mainStream(
        Double bitrate,
        String codecs,
        Double width,
        Double height,
        Object frameRate,
        String videoRange) {
      if (bitrate == null || bitrate.doubleValue() == 0) {
        return new Inputs(bitrate, null, null, null, null, null, null, null, null);
      }
      return new Inputs(bitrate, codecs, width, height, null, null, null, frameRate, videoRange);
    }

    /** A separate audio rendition (secondary stream): bitrate 0, audio fields only. */
    public static Inputs audioRendition(
        String codecs, String language, String channels, String name) {
      return new Inputs(0.0, codecs, null, null, language, channels, name, null, null);
    }
  }

  /** The 28-character short ID: Base64 of the SHA-1 of the UTF-8 canonical string. */
  public String compute(Inputs in) {
    return Base64.encode(Sha1.digest(Utf8.encode(canonicalString(in))));
  }

  /** The nine normalised fields joined by {@code -}. */
  public String canonicalString(Inputs in) {
    StringBuilder sb = new StringBuilder();
    sb.append(text.numberToString(in.bitrate() == null ? 0 : in.bitrate())).append('-');
    sb.append(codecs(in.codecs())).append('-');
    sb.append(in.width() == null ? "" : text.numberToString(in.width())).append('-');
    sb.append(in.height() == null ? "" : text.numberToString(in.height())).append('-');
    sb.append(language(in.language())).append('-');
    sb.append(channels(in.channels())).append('-');
    sb.append(in.name() == null ? "" : text.trim(text.toLowerCase(in.name()))).append('-');
    sb.append(frameRate(in.frameRate())).append('-');
    sb.append(in.videoRange() == null ? "" : text.trim(text.toUpperCase(in.videoRange())));
    return sb.toString();
  }

  private String codecs(String codecs) {
    if (codecs == null || codecs.isEmpty()) {
      return "";
    }
    List<String> entries = new ArrayList<>();
    int start = 0;
    while (true) {
      int comma = codecs.indexOf(',', start);
      String entry = comma < 0 ? codecs.substring(start) : codecs.substring(start, comma);
      entries.add(avcDecimalToHex(text.toLowerCase(text.trim(entry))));
      if (comma < 0) {
        break;
      }
      start = comma + 1;
    }
    // String.compareTo orders by UTF-16 code units, as Array.prototype.sort does.
    entries.sort(null);
    return String.join(",", entries);
  }

  /** {@code avc1.66.30} → {@code avc1.42001e}; anything else is returned unchanged. */
  private String avcDecimalToHex(String entry) {
    int dot1 = entry.indexOf('.');
    int dot2 = dot1 < 0 ? -1 : entry.indexOf('.', dot1 + 1);
    if (dot2 < 0 || entry.indexOf('.', dot2 + 1) >= 0) {
      return entry;
    }
    String prefix = entry.substring(0, dot1);
    if (!prefix.equals("avc1") && !prefix.equals("avc")) {
      return entry;
    }
    String profile = canonicalHex(entry.substring(dot1 + 1, dot2));
    String level = canonicalHex(entry.substring(dot2 + 1));
    if (profile == null || level == null) {
      return entry;
    }
    return prefix + "." + profile + "00" + level;
  }

  /**
   * Lowercase hex (at least two digits) of a canonical decimal integer, i.e. one for which printing
   * {@code parseInt(part, 10)} gives the same text back; null otherwise. Only ASCII digit strings
   * can round-trip. Values from 2^63 up (never seen in codec strings) are left alone.
   */
  private String canonicalHex(String part) {
    if (part.isEmpty() || part.length() > 19) {
      return null;
    }
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    double value = text.parseNumber(part);
    if (value >= 9.223372036854775807E18 || !text.numberToString(value).equals(part)) {
      return null;
    }
    // JavaScript prints the double in base 16; an integer double below 2^63 converts exactly.
    String hex = Long.toHexString((long) value);
    return hex.length() < 2 ? Text.cat("0", hex) : hex;
  }

  private String language(String language) {
    if (language == null || language.isEmpty() || language.equals("und")) {
      return "";
    }
    return text.toLowerCase(language.length() <= 2 ? language : language.substring(0, 2));
  }

  private static String channels(String channels) {
    if (channels == null || channels.isEmpty()) {
      return "";
    }
    int slash = channels.indexOf('/');
    return slash < 0 ? channels : channels.substring(0, slash);
  }

  private String frameRate(Object frameRate) {
    double value;
    if (frameRate instanceof Number number) {
      value = number.doubleValue();
      if (value == 0 || Double.isNaN(value)) {
        return "";
      }
    } else if (frameRate instanceof String s && !s.isEmpty()) {
      value = text.parseNumber(s);
      if (Double.isNaN(value)) {
        return "";
      }
    } else {
      return "";
    }
    return text.numberToString(value);
  }
}
