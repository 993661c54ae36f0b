package io.swarmloader.testing;

import io.swarmloader.core.platform.DataChannel;
import io.swarmloader.core.protocol.CommandCodec;
import io.swarmloader.core.protocol.DecodeResult;
import io.swarmloader.core.protocol.FrameJoiner;
import io.swarmloader.core.protocol.FrameMarkers;
import io.swarmloader.core.protocol.Framer;
import io.swarmloader.core.protocol.PeerCommand;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fake {@link DataChannel} that plays the remote peer: it records every message the code under
 * test sends, and lets a test deliver messages, set {@code bufferedAmount}, fire {@code
 * bufferedamountlow}, and close the channel from the remote side.
 *
 * <p>Like a real channel, {@link #send} throws once the channel is closed. With {@link
 * #bufferSends(boolean)} on, each send adds its length to {@code bufferedAmount} until {@link
 * #drain()}.
 */
public final class ScriptedDataChannel implements DataChannel {
  private final List<byte[]> sent = new ArrayList<>();
  private final int maxMessageSize;
  private DataChannelListener listener;
  private int bufferedAmount;
  private boolean bufferSends;
  private boolean closed;
  private int closeCalls;

  public ScriptedDataChannel() {
    this(65_535);
  }

  public ScriptedDataChannel(int maxMessageSize) {
    this.maxMessageSize = maxMessageSize;
  }

  // --- DataChannel ---

  @Override
  public void send(byte[] data, int offset, int length) {
    if (closed) {
      throw new IllegalStateException("send on a closed data channel");
    }
    if (length > maxMessageSize) {
      throw new IllegalArgumentException("message of " + length + " > " + maxMessageSize);
    }
    sent.add(Arrays.copyOfRange(data, offset, offset + length));
    if (bufferSends) {
      bufferedAmount += length;
    }
  }

  @Override
  public int bufferedAmount() {
    return bufferedAmount;
  }

  @Override
  public int maxMessageSize() {
    return maxMessageSize;
  }

  @Override
  public void setListener(DataChannelListener listener) {
    this.listener = listener;
  }

  @Override
  public void close() {
    closeCalls++;
    closed = true;
  }

  // --- what the code under test sent ---

  /** Every message sent, in order (copies). */
  public List<byte[]> sentMessages() {
    return new ArrayList<>(sent);
  }

  /** The commands sent, joined and decoded, in order; data chunks are left out. */
  public List<PeerCommand> sentCommands() {
    List<PeerCommand> commands = new ArrayList<>();
    FrameJoiner joiner =
        new FrameJoiner(
            () -> Integer.MAX_VALUE,
            new FrameJoiner.Sink() {
              @Override
              public void onCommand(byte[] body) {
                DecodeResult r = CommandCodec.decode(body, Integer.MAX_VALUE);
                if (!(r instanceof DecodeResult.Decoded d)) {
                  throw new AssertionError("sent an undecodable command: " + r);
                }
                commands.add(d.command());
              }

              @Override
              public void onError(String error) {
                throw new AssertionError("sent broken framing: " + error);
              }
            });
    for (byte[] m : sent) {
      if (FrameMarkers.isCommandFrame(m)) {
        joiner.push(m);
      }
    }
    return commands;
  }

  /** The data chunks sent (every message that is not a command frame), in order. */
  public List<byte[]> sentDataChunks() {
    List<byte[]> chunks = new ArrayList<>();
    for (byte[] m : sent) {
      if (!FrameMarkers.isCommandFrame(m)) {
        chunks.add(m);
      }
    }
    return chunks;
  }

  /** All data chunks sent, concatenated. */
  public byte[] sentData() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] c : sentDataChunks()) {
      out.write(c, 0, c.length);
    }
    return out.toByteArray();
  }

  public void clearSent() {
    sent.clear();
  }

  // --- the remote side ---

  /** Delivers one binary message; nothing once the channel is closed. */
  public void receive(byte[] message) {
    if (!closed) {
      requireListener().onMessage(message.clone());
    }
  }

  /** Delivers a command, framed for this channel's maximum message size. */
  public void receiveCommand(PeerCommand command) {
    for (byte[] frame : Framer.frame(CommandCodec.encode(command), maxMessageSize)) {
      receive(frame);
    }
  }

  public void receiveText(String text) {
    if (!closed) {
      requireListener().onTextMessage(text);
    }
  }

  public void setBufferedAmount(int bytes) {
    bufferedAmount = bytes;
  }

  /** When on, every send adds to {@code bufferedAmount} (as a browser does while it queues). */
  public void bufferSends(boolean on) {
    bufferSends = on;
  }

  /** Empties the buffer and fires {@code bufferedamountlow}. */
  public void drain() {
    bufferedAmount = 0;
    requireListener().onBufferedAmountLow();
  }

  /** The remote side or the connection closed the channel. */
  public void remoteClose(String reason) {
    if (!closed) {
      closed = true;
      requireListener().onClosed(reason);
    }
  }

  public boolean isClosed() {
    return closed;
  }

  /** How often the code under test called {@link #close()}. */
  public int closeCalls() {
    return closeCalls;
  }

  public boolean hasListener() {
    return listener != null;
  }

  private DataChannelListener requireListener() {
    if (listener == null) {
      throw new IllegalStateException("no listener set on the channel");
    }
    return listener;
  }
}
