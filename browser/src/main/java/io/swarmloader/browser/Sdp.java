package io.swarmloader.browser;

/** SDP text edits for non-trickle signalling (wire-protocol.md §4). */
final class Sdp {
  private static final String TRICKLE = "a=ice-options:trickle";

  private Sdp() {}

  /**
   * The SDP without its {@code a=ice-options:trickle} lines, as 2.3.x peers send it: a line is
   * removed when it is exactly that attribute (trailing white space ignored); a line listing other
   * ICE options too is kept. Line endings ({@code \r\n} or {@code \n}) are preserved.
   */
  static String stripTrickle(String sdp) {
    StringBuilder out = new StringBuilder(sdp.length());
    int start = 0;
    while (start < sdp.length()) {
      int newline = sdp.indexOf('\n', start);
      int end = newline < 0 ? sdp.length() : newline + 1;
      if (!isTrickleLine(sdp, start, end)) {
        out.append(sdp, start, end);
      }
      start = end;
    }
    return out.toString();
  }

  private static boolean isTrickleLine(String sdp, int start, int end) {
    int contentEnd = end;
    while (contentEnd > start && sdp.charAt(contentEnd - 1) <= ' ') {
      contentEnd--;
    }
    return contentEnd - start == TRICKLE.length() && sdp.startsWith(TRICKLE, start);
  }
}
