package io.swarmloader.browser.check;

import io.swarmloader.core.platform.HttpResponseListener;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the events of one fetch; {@code onFinished} runs after {@code onEnd}/{@code onFailure}.
 */
class RecordingHttp implements HttpResponseListener {
  final List<String> events = new ArrayList<>();
  final ByteArrayOutputStream body = new ByteArrayOutputStream();
  HttpHeaders headers;
  int status;
  int chunkCount;

  /** Sum of the chunks' bytes read as Java (signed) bytes, straight from each chunk. */
  int signedSum;

  private final Runnable onFinished;

  RecordingHttp(Runnable onFinished) {
    this.onFinished = onFinished;
  }

  @Override
  public void onResponse(int status, HttpHeaders headers) {
    this.status = status;
    this.headers = headers;
    events.add("response " + status);
  }

  @Override
  public void onChunk(byte[] chunk) {
    chunkCount++;
    for (byte b : chunk) {
      signedSum += b; // a chunk left unsigned (teavm-notes.md §5) shows here, not after a copy
    }
    body.write(chunk, 0, chunk.length);
    if (events.isEmpty() || !events.get(events.size() - 1).equals("chunks")) {
      events.add("chunks");
    }
  }

  @Override
  public void onEnd() {
    events.add("end");
    onFinished.run();
  }

  @Override
  public void onFailure(String message) {
    events.add("failure: " + message);
    onFinished.run();
  }

  String header(String name) {
    return headers == null ? null : headers.header(name);
  }

  /** Events, chunk count and sizes into {@code out}. */
  void report(JsRecord out) {
    out.list("events");
    for (String e : events) {
      out.add("events", e);
    }
    out.put("status", status).put("chunkCount", chunkCount).put("bytes", body.size());
    out.put("signedSum", signedSum);
  }
}
