package io.swarmloader.shaka.hls;

import io.swarmloader.core.id.Utf8;
import io.swarmloader.core.util.Text;

/**
 * Resolves a URI reference against an absolute base URL: RFC 3986 §5.2 (strict), followed by the
 * few normalisations a browser's {@code URL} applies to {@code http} and {@code https} URLs, so
 * that the result equals what Shaka Player 5 ({@code new URL(relative, base).toString()}) stores as
 * a segment reference's first URI in the common cases.
 *
 * <p>Used by {@link HlsPlaylistNumbering} to turn the URI lines of a media playlist into runtime
 * IDs (player-integration.md §4.7). A mismatch with Shaka's string is never fatal: the segment is
 * then numbered by the fallback procedure ({@link HlsExternalIds}).
 *
 * <p>Normalisations, for {@code http}/{@code https} only: scheme and host lowercased, the default
 * port dropped, an empty path becomes {@code /}, {@code %2e} path segments count as dots, and
 * spaces, controls, {@code " < > ` { }} and non-ASCII characters are percent-encoded as UTF-8 in
 * the path ({@code " < > '}, space, controls and non-ASCII in the query). Other schemes get the
 * scheme lowercased only. Not done: IDNA host conversion, backslashes as slashes, tab and newline
 * removal inside the reference.
 *
 * <p>Stateless; never throws.
 */
public final class UrlResolver {
  private UrlResolver() {}

  /**
   * The absolute URL of {@code reference} resolved against {@code base}, or null when {@code base}
   * has no scheme (and the reference has none either). The reference is trimmed of ASCII controls
   * and spaces at both ends first, as a browser does.
   */
  public static String resolve(String base, String reference) {
    UriParts r = UriParts.parse(trimControls(reference));
    UriParts t;
    if (r.scheme != null) {
      t = new UriParts(r.scheme, r.authority, DotSegments.remove(r.path), r.query, r.fragment);
    } else {
      UriParts b = UriParts.parse(trimControls(base));
      if (b.scheme == null) {
        return null;
      }
      t = relativeTarget(b, r);
    }
    return normalise(t).toString();
  }

  /** RFC 3986 §5.2.2, for a reference without a scheme against a base with one. */
  private static UriParts relativeTarget(UriParts b, UriParts r) {
    if (r.authority != null) {
      return new UriParts(b.scheme, r.authority, DotSegments.remove(r.path), r.query, r.fragment);
    }
    if (r.path.isEmpty()) {
      return new UriParts(
          b.scheme, b.authority, b.path, r.query != null ? r.query : b.query, r.fragment);
    }
    String path =
        r.path.charAt(0) == '/' ? DotSegments.remove(r.path) : DotSegments.remove(merge(b, r.path));
    return new UriParts(b.scheme, b.authority, path, r.query, r.fragment);
  }

  /** RFC 3986 §5.2.3. */
  private static String merge(UriParts base, String relativePath) {
    if (base.authority != null && base.path.isEmpty()) {
      return Text.cat("/", relativePath);
    }
    int slash = base.path.lastIndexOf('/');
    return slash < 0 ? relativePath : base.path.substring(0, slash + 1) + relativePath;
  }

  private static UriParts normalise(UriParts t) {
    String scheme = asciiLower(t.scheme);
    boolean special = scheme.equals("http") || scheme.equals("https");
    if (!special) {
      return new UriParts(scheme, t.authority, t.path, t.query, t.fragment);
    }
    String authority = t.authority == null ? null : authority(t.authority, scheme);
    String path = t.path;
    if (path.indexOf('%') >= 0) {
      path = DotSegments.remove(DotSegments.decodeEncodedDots(path));
    }
    if (path.isEmpty() && authority != null) {
      path = "/";
    }
    return new UriParts(
        scheme,
        authority,
        percentEncode(path, PATH_SET),
        t.query == null ? null : percentEncode(t.query, QUERY_SET),
        t.fragment == null ? null : percentEncode(t.fragment, FRAGMENT_SET));
  }

  /** Lowercases the host and drops the scheme's default port; user info is kept as it is. */
  private static String authority(String authority, String scheme) {
    int at = authority.lastIndexOf('@');
    String userInfo = at < 0 ? "" : authority.substring(0, at + 1);
    String hostPort = asciiLower(authority.substring(at + 1));
    int colon = hostPort.lastIndexOf(':');
    if (colon >= 0 && hostPort.indexOf(']', colon) < 0) {
      String port = hostPort.substring(colon + 1);
      String defaultPort = scheme.equals("http") ? "80" : "443";
      if (port.isEmpty() || port.equals(defaultPort)) {
        hostPort = hostPort.substring(0, colon);
      }
    }
    return userInfo + hostPort;
  }

  private static final String PATH_SET = " \"<>`{}";
  private static final String QUERY_SET = " \"<>'";
  private static final String FRAGMENT_SET = " \"<>`";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** Percent-encodes controls, non-ASCII (as UTF-8) and the characters of {@code extra}. */
  static String percentEncode(String s, String extra) {
    int i = 0;
    while (i < s.length() && !mustEncode(s.charAt(i), extra)) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
    while (i < s.length()) {
      char c = s.charAt(i);
      if (!mustEncode(c, extra)) {
        out.append(c);
        i++;
        continue;
      }
      int end = i + 1;
      if (Character.isHighSurrogate(c) && end < s.length()) {
        if (Character.isLowSurrogate(s.charAt(end))) {
          end++;
        }
      }
      for (byte b : Utf8.encode(s.substring(i, end))) {
        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
      }
      i = end;
    }
    return out.toString();
  }

  private static boolean mustEncode(char c, String extra) {
    return c < 0x20 || c > 0x7E || extra.indexOf(c) >= 0;
  }

  private static String trimControls(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && s.charAt(end - 1) <= ' ') {
      end--;
    }
    return s.substring(start, end);
  }

  static String asciiLower(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (out == null) {
          out = new StringBuilder(s);
        }
        out.setCharAt(i, (char) (c + ('a' - 'A')));
      }
    }
    return out == null ? s : out.toString();
  }
}
