package io.swarmloader.testing;

import io.swarmloader.core.platform.DataChannel.DataChannelListener;
import java.util.ArrayList;
import java.util.List;

/** Records every event of a data channel end, in order. */
public final class RecordingChannelListener implements DataChannelListener {
  public final List<byte[]> messages = new ArrayList<>();
  public final List<String> texts = new ArrayList<>();
  public final List<String> closeReasons = new ArrayList<>();

  /** Event names in order: "message", "text", "low", "closed". */
  public final List<String> events = new ArrayList<>();

  public int bufferedAmountLowCount;

  @Override
  public void onMessage(byte[] message) {
    messages.add(message);
    events.add("message");
  }

  @Override
  public void onTextMessage(String text) {
    texts.add(text);
    events.add("text");
  }

  @Override
  public void onBufferedAmountLow() {
    bufferedAmountLowCount++;
    events.add("low");
  }

  @Override
  public void onClosed(String reason) {
    closeReasons.add(reason);
    events.add("closed");
  }

  public int receivedBytes() {
    int total = 0;
    for (byte[] m : messages) {
      total += m.length;
    }
    return total;
  }
}
