package io.swarmloader.testing;

import io.swarmloader.core.platform.HttpResponseListener;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the events of one HTTP fetch and fails at once when they break the {@link
 * io.swarmloader.core.platform.HttpClient} contract: a chunk or end before the response, a second
 * response, or anything after the end or a failure.
 */
public class RecordingHttpListener implements HttpResponseListener {
  private final List<String> events = new ArrayList<>();
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private HttpHeaders headers;
  private int status = -1;
  private boolean isFinished;

  @Override
  public void onResponse(int status, HttpHeaders headers) {
    check(this.status < 0, "second onResponse");
    this.status = status;
    this.headers = headers;
    events.add("response " + status);
  }

  @Override
  public void onChunk(byte[] chunk) {
    check(status >= 0, "onChunk before onResponse");
    body.write(chunk, 0, chunk.length);
    events.add("chunk " + chunk.length);
  }

  @Override
  public void onEnd() {
    check(status >= 0, "onEnd before onResponse");
    isFinished = true;
    events.add("end");
  }

  @Override
  public void onFailure(String message) {
    isFinished = true;
    events.add("failure");
  }

  private void check(boolean condition, String violation) {
    if (isFinished) {
      throw new AssertionError("event after the fetch finished: " + events);
    }
    if (!condition) {
      throw new AssertionError(violation + ": " + events);
    }
  }

  public List<String> events() {
    return List.copyOf(events);
  }

  /** Events with consecutive chunks merged into one "chunks" entry. */
  public List<String> eventKinds() {
    List<String> out = new ArrayList<>();
    for (String e : events) {
      String kind = e.startsWith("chunk ") ? "chunks" : e;
      if (!(kind.equals("chunks") && !out.isEmpty() && out.get(out.size() - 1).equals("chunks"))) {
        out.add(kind);
      }
    }
    return out;
  }

  public int status() {
    return status;
  }

  public String header(String name) {
    return headers == null ? null : headers.header(name);
  }

  public byte[] body() {
    return body.toByteArray();
  }

  public boolean isFinished() {
    return isFinished;
  }
}
