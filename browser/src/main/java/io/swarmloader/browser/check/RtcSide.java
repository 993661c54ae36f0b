package io.swarmloader.browser.check;

import io.swarmloader.core.platform.DataChannel;
import io.swarmloader.core.platform.DataChannel.DataChannelListener;
import io.swarmloader.core.platform.RtcFactory.RtcConnection;
import io.swarmloader.core.platform.RtcFactory.RtcConnectionListener;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** One end of a test connection: records every event of its connection and channel. */
final class RtcSide implements RtcConnectionListener {
  final List<String> events = new ArrayList<>();
  RtcConnection connection;
  DataChannel channel;
  int localDescriptionCount;
  int openCount;
  int connectionClosedCount;
  int channelClosedCount;
  int textCount;
  int bufferedLowCount;
  String closeReason;

  Consumer<String> onSdp = sdp -> {};
  Runnable onOpen = () -> {};
  Consumer<byte[]> onBytes = bytes -> {};
  Runnable onLow = () -> {};
  Runnable onAnyClose = () -> {};

  @Override
  public void onLocalDescription(String sdp) {
    localDescriptionCount++;
    events.add("localDescription");
    onSdp.accept(sdp);
  }

  @Override
  public void onChannelOpen(DataChannel opened) {
    openCount++;
    events.add("open");
    channel = opened;
    opened.setListener(channelListener());
    onOpen.run();
  }

  @Override
  public void onClosed(String reason) {
    connectionClosedCount++;
    events.add("connectionClosed");
    closeReason = reason;
    onAnyClose.run();
  }

  private void onMessage(byte[] message) {
    onBytes.accept(message);
  }

  private void onTextMessage(String text) {
    textCount++;
    events.add("text");
  }

  private void onBufferedAmountLow() {
    bufferedLowCount++;
    onLow.run();
  }

  /** The channel's onClosed; the connection's is {@link #onClosed}. */
  private void channelClosed(String reason) {
    channelClosedCount++;
    events.add("channelClosed");
    onAnyClose.run();
  }

  /** The channel listener, separate because both listener interfaces declare onClosed(String). */
  DataChannelListener channelListener() {
    RtcSide side = this;
    return new DataChannelListener() {
      @Override
      public void onMessage(byte[] message) {
        side.onMessage(message);
      }

      @Override
      public void onTextMessage(String text) {
        side.onTextMessage(text);
      }

      @Override
      public void onBufferedAmountLow() {
        side.onBufferedAmountLow();
      }

      @Override
      public void onClosed(String reason) {
        side.channelClosed(reason);
      }
    };
  }

  void report(JsRecord r) {
    r.list("events");
    for (String e : events) {
      r.add("events", e);
    }
    r.put("localDescriptions", localDescriptionCount)
        .put("opens", openCount)
        .put("connectionClosed", connectionClosedCount)
        .put("channelClosed", channelClosedCount)
        .put("closeReason", closeReason);
  }
}
