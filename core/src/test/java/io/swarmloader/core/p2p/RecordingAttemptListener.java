package io.swarmloader.core.p2p;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.swarmloader.core.download.AttemptListener;
import io.swarmloader.core.error.RequestError;
import java.util.ArrayList;
import java.util.List;

/** Records an attempt's events and fails on any event after the one that ended it. */
final class RecordingAttemptListener implements AttemptListener {
  final List<String> events = new ArrayList<>();
  RequestError error;
  private boolean ended;

  @Override
  public void onChunk(int length) {
    assertFalse(ended, "chunk after the end");
    events.add("chunk " + length);
  }

  @Override
  public void onSuccess() {
    assertFalse(ended, "second end");
    ended = true;
    events.add("success");
  }

  @Override
  public void onFailure(RequestError error) {
    assertFalse(ended, "second end");
    ended = true;
    this.error = error;
    events.add("failure " + error.type().jsName());
  }

  String last() {
    return events.isEmpty() ? "none" : events.get(events.size() - 1);
  }
}
