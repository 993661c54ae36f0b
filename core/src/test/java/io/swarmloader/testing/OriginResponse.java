package io.swarmloader.testing;

import io.swarmloader.core.platform.HttpRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The answer {@link ScriptedOrigin} computed for one request, with the script's timing. */
final class OriginResponse {
  final ScriptedOrigin.Script script;
  final int status;
  final Map<String, String> headers; // lower-case names; absent = hidden
  final byte[] body;

  private OriginResponse(
      ScriptedOrigin.Script script, int status, Map<String, String> headers, byte[] body) {
    this.script = script;
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  static OriginResponse notFound() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("content-length", "0");
    return new OriginResponse(new ScriptedOrigin.Script(), 404, headers, new byte[0]);
  }

  static OriginResponse of(ScriptedOrigin.Script script, HttpRequest request) {
    Map<String, String> headers = new LinkedHashMap<>();
    byte[] full = script.body;
    int status = script.status;
    byte[] body = full;
    long[] range =
        status == 200 && !script.isIgnoringRange ? parseRange(request.rangeHeader()) : null;
    if (range != null) {
      long total = full.length;
      if (range[0] >= total) {
        status = 416;
        body = new byte[0];
        headers.put("content-range", "bytes */" + total);
      } else {
        long last = range[1] < 0 ? total - 1 : Math.min(range[1], total - 1);
        status = 206;
        body = Arrays.copyOfRange(full, (int) range[0], (int) last + 1);
        headers.put("content-range", "bytes " + range[0] + "-" + last + "/" + total);
      }
    }
    headers.put("content-length", Integer.toString(body.length));
    for (Map.Entry<String, String> e : script.headerOverrides.entrySet()) {
      if (e.getValue() == null) {
        headers.remove(e.getKey());
      } else {
        headers.put(e.getKey(), e.getValue());
      }
    }
    return new OriginResponse(script, status, headers, body);
  }

  String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  /** {@code {first, last}} with last -1 for an open range; null when absent or malformed. */
  static long[] parseRange(String value) {
    if (value == null || !value.startsWith("bytes=")) {
      return null;
    }
    String spec = value.substring("bytes=".length()).trim();
    int dash = spec.indexOf('-');
    if (dash <= 0 || spec.indexOf(',') >= 0) {
      return null; // suffix ranges and multiple ranges are not scripted
    }
    try {
      long first = Long.parseLong(spec.substring(0, dash));
      String lastText = spec.substring(dash + 1);
      long last = lastText.isEmpty() ? -1 : Long.parseLong(lastText);
      if (first < 0 || (last >= 0 && last < first)) {
        return null;
      }
      return new long[] {first, last};
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
