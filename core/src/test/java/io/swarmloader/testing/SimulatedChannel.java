package io.swarmloader.testing;

import io.swarmloader.core.platform.DataChannel;
import java.util.ArrayDeque;
import java.util.Arrays;

/** One end of a simulated data channel; see {@link SimulatedNetwork} for the model. */
final class SimulatedChannel implements DataChannel {
  private final SimulatedConnection owner;
  private final SimulatedNetwork network;
  private SimulatedChannel remote;
  private DataChannelListener listener;
  private boolean isClosed;

  private int bufferedAmount;
  private double lastSerialisedAtMs;
  private double lastDeliveredAtMs;

  /** Sent messages not yet serialised: their byte counts, in send order. */
  private final ArrayDeque<Pending> serialising = new ArrayDeque<>();

  /** Messages (and the final close notice) travelling to the remote end, in send order. */
  private final ArrayDeque<Pending> inFlight = new ArrayDeque<>();

  SimulatedChannel(SimulatedConnection owner) {
    this.owner = owner;
    this.network = owner.network();
  }

  void connect(SimulatedChannel remote) {
    this.remote = remote;
  }

  boolean isClosed() {
    return isClosed;
  }

  @Override
  public void send(byte[] data, int offset, int length) {
    if (isClosed) {
      return;
    }
    if (length > network.maxMessageSize()) {
      throw new IllegalArgumentException(
          "message of " + length + " bytes exceeds maxMessageSize " + network.maxMessageSize());
    }
    byte[] copy = Arrays.copyOfRange(data, offset, offset + length);
    double nowMs = network.clock.nowMs();
    int bandwidth = network.bandwidthBytesPerSecond();
    double serialisedAtMs =
        bandwidth <= 0 ? nowMs : Math.max(nowMs, lastSerialisedAtMs) + length * 1000.0 / bandwidth;
    lastSerialisedAtMs = serialisedAtMs;
    bufferedAmount += length;
    serialising.add(new Pending(serialisedAtMs, length, null, false));
    network.runAt(serialisedAtMs, this::drainSerialised);
    travel(serialisedAtMs + network.latencyMs(), copy, false);
  }

  @Override
  public int bufferedAmount() {
    return bufferedAmount;
  }

  @Override
  public int maxMessageSize() {
    return network.maxMessageSize();
  }

  @Override
  public void setListener(DataChannelListener listener) {
    this.listener = listener;
  }

  @Override
  public void close() {
    if (!isClosed) {
      isClosed = true;
      travel(network.clock.nowMs() + network.latencyMs(), null, false);
    }
  }

  /**
   * The local connection closed: the remote end and its connection hear it after in-flight data.
   */
  void closeWithConnection() {
    if (!isClosed) {
      isClosed = true;
      travel(network.clock.nowMs() + network.latencyMs(), null, true);
    }
  }

  /** Closed from outside this end (remote close, failure): onClosed fires at most once. */
  void notifyClosed(String reason) {
    if (isClosed) {
      return;
    }
    isClosed = true;
    if (listener != null) {
      listener.onClosed(reason);
    }
  }

  private void travel(double atMs, byte[] payload, boolean isConnectionClose) {
    double deliverAtMs = Math.max(lastDeliveredAtMs, atMs);
    lastDeliveredAtMs = deliverAtMs;
    inFlight.add(new Pending(deliverAtMs, 0, payload, isConnectionClose));
    network.runAt(deliverAtMs, this::drainInFlight);
  }

  private void drainSerialised() {
    double nowMs = network.clock.nowMs();
    while (!serialising.isEmpty() && serialising.peek().atMs <= nowMs) {
      int before = bufferedAmount;
      bufferedAmount -= serialising.poll().length;
      int threshold = SimulatedNetwork.BUFFERED_AMOUNT_LOW_THRESHOLD;
      if (!isClosed && listener != null && before > threshold && bufferedAmount <= threshold) {
        listener.onBufferedAmountLow();
      }
    }
  }

  private void drainInFlight() {
    double nowMs = network.clock.nowMs();
    while (!inFlight.isEmpty() && inFlight.peek().atMs <= nowMs) {
      Pending item = inFlight.poll();
      if (item.payload == null) {
        remote.notifyClosed("closed by remote");
        if (item.isConnectionClose) {
          remote.owner.failLocal("remote closed");
        }
      } else if (!remote.isClosed
          && remote.listener != null
          && !network.isPartitioned(owner.endpoint().name(), remote.owner.endpoint().name())) {
        remote.listener.onMessage(item.payload);
      }
    }
  }

  private record Pending(double atMs, int length, byte[] payload, boolean isConnectionClose) {}
}
