package io.swarmloader.testing;

import io.swarmloader.core.download.AttemptListener;
import io.swarmloader.core.error.RequestError;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the events of one download attempt ({@code "chunk 1000"}, {@code "success"}, {@code
 * "failure http-error"}) and fails at once on an event after the attempt ended.
 */
public class RecordingAttemptListener implements AttemptListener {
  private final List<String> events = new ArrayList<>();
  private RequestError error;
  private boolean isEnded;
  private int chunkBytes;

  @Override
  public void onChunk(int length) {
    checkOpen();
    chunkBytes += length;
    events.add("chunk " + length);
  }

  @Override
  public void onSuccess() {
    checkOpen();
    isEnded = true;
    events.add("success");
  }

  @Override
  public void onFailure(RequestError error) {
    checkOpen();
    isEnded = true;
    this.error = error;
    events.add("failure " + error.type().jsName());
  }

  private void checkOpen() {
    if (isEnded) {
      throw new AssertionError("event after the attempt ended: " + events);
    }
  }

  public List<String> events() {
    return List.copyOf(events);
  }

  /** The last event, or "none". */
  public String outcome() {
    return events.isEmpty() ? "none" : events.get(events.size() - 1);
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

  public RequestError error() {
    return error;
  }

  public int chunkBytes() {
    return chunkBytes;
  }

  public boolean isEnded() {
    return isEnded;
  }
}
