package io.swarmloader.testing;

import io.swarmloader.core.platform.WebSocketFactory.WebSocketListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Records the events of one WebSocket; messages are kept as text and parsed. */
public final class RecordingSocketListener implements WebSocketListener {
  /** "open", "message", "error", "close" in order. */
  public final List<String> events = new ArrayList<>();

  public final List<String> texts = new ArrayList<>();

  @Override
  public void onOpen() {
    events.add("open");
  }

  @Override
  public void onMessage(String text) {
    events.add("message");
    texts.add(text);
  }

  @Override
  public void onError(String message) {
    events.add("error");
  }

  @Override
  public void onClose() {
    events.add("close");
  }

  /** The received messages parsed as JSON objects (null for anything else). */
  public List<Map<String, Object>> messages() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String t : texts) {
      out.add(FakeTracker.parseObject(t));
    }
    return out;
  }
}
