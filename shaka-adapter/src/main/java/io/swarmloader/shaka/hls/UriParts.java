package io.swarmloader.shaka.hls;

/**
 * The five components of a URI reference (RFC 3986 §3, split as in Appendix B). A component that is
 * absent is null, except the path, which is always present and may be empty. Immutable.
 */
final class UriParts {
  final String scheme;
  final String authority;
  final String path;
  final String query;
  final String fragment;

  UriParts(String scheme, String authority, String path, String query, String fragment) {
    this.scheme = scheme;
    this.authority = authority;
    this.path = path;
    this.query = query;
    this.fragment = fragment;
  }

  /** Splits any string; never throws. */
  static UriParts parse(String s) {
    int pos = 0;
    String scheme = null;
    int schemeEnd = schemeEnd(s);
    if (schemeEnd > 0) {
      scheme = s.substring(0, schemeEnd);
      pos = schemeEnd + 1;
    }
    String authority = null;
    if (s.startsWith("//", pos)) {
      int end = indexOfAny(s, pos + 2, "/?#");
      authority = s.substring(pos + 2, end);
      pos = end;
    }
    int pathEnd = indexOfAny(s, pos, "?#");
    String path = s.substring(pos, pathEnd);
    pos = pathEnd;
    String query = null;
    if (pos < s.length() && s.charAt(pos) == '?') {
      int end = indexOfAny(s, pos + 1, "#");
      query = s.substring(pos + 1, end);
      pos = end;
    }
    String fragment = pos < s.length() ? s.substring(pos + 1) : null;
    return new UriParts(scheme, authority, path, query, fragment);
  }

  /** Index of the {@code :} ending a valid scheme, or -1 (RFC 3986 §3.1). */
  private static int schemeEnd(String s) {
    if (s.isEmpty() || !isAlpha(s.charAt(0))) {
      return -1;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ':') {
        return i;
      }
      if (!isAlpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static int indexOfAny(String s, int from, String chars) {
    for (int i = from; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }

  /** RFC 3986 §5.3 recomposition. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (scheme != null) {
      sb.append(scheme).append(':');
    }
    if (authority != null) {
      sb.append("//").append(authority);
    }
    sb.append(path);
    if (query != null) {
      sb.append('?').append(query);
    }
    if (fragment != null) {
      sb.append('#').append(fragment);
    }
    return sb.toString();
  }
}
