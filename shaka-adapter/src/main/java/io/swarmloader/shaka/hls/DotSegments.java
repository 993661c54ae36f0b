package io.swarmloader.shaka.hls;

/** RFC 3986 §5.2.4 "remove_dot_segments", and the browser's reading of {@code %2e} as a dot. */
final class DotSegments {
  private DotSegments() {}

  /** Removes {@code .} and {@code ..} segments from a path. Never throws. */
  static String remove(String path) {
    if (path.indexOf('.') < 0) {
      return path;
    }
    String in = path;
    StringBuilder out = new StringBuilder(path.length());
    while (!in.isEmpty()) {
      if (in.startsWith("../")) {
        in = in.substring(3);
      } else if (in.startsWith("./")) {
        in = in.substring(2);
      } else if (in.startsWith("/./")) {
        in = in.substring(2);
      } else if (in.equals("/.")) {
        in = "/";
      } else if (in.startsWith("/../")) {
        in = in.substring(3);
        dropLastSegment(out);
      } else if (in.equals("/..")) {
        in = "/";
        dropLastSegment(out);
      } else if (in.equals(".") || in.equals("..")) {
        in = "";
      } else {
        int next = in.indexOf('/', in.charAt(0) == '/' ? 1 : 0);
        int end = next < 0 ? in.length() : next;
        out.append(in, 0, end);
        in = in.substring(end);
      }
    }
    return out.toString();
  }

  private static void dropLastSegment(StringBuilder out) {
    int slash = out.lastIndexOf("/");
    out.setLength(slash < 0 ? 0 : slash);
  }

  /**
   * Rewrites every segment that is {@code %2e}, {@code .%2e}, {@code %2e.} or {@code %2e%2e} (any
   * case) as {@code .} or {@code ..}, as the WHATWG URL parser does for http(s) paths.
   */
  static String decodeEncodedDots(String path) {
    StringBuilder out = new StringBuilder(path.length());
    int start = 0;
    while (true) {
      int slash = path.indexOf('/', start);
      int end = slash < 0 ? path.length() : slash;
      out.append(dotValue(path.substring(start, end)));
      if (slash < 0) {
        return out.toString();
      }
      out.append('/');
      start = slash + 1;
    }
  }

  private static String dotValue(String segment) {
    String lower = UrlResolver.asciiLower(segment);
    if (lower.equals("%2e")) {
      return ".";
    }
    if (lower.equals("%2e%2e") || lower.equals(".%2e") || lower.equals("%2e.")) {
      return "..";
    }
    return segment;
  }
}
