package io.swarmloader.core.p2p;

import io.swarmloader.core.download.AttemptListener;
import io.swarmloader.core.download.SegmentBuffer;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.DataChannel;
import io.swarmloader.core.protocol.CommandCodec;
import io.swarmloader.core.protocol.DecodeResult;
import io.swarmloader.core.protocol.FrameJoiner;
import io.swarmloader.core.protocol.FrameMarkers;
import io.swarmloader.core.protocol.Framer;
import io.swarmloader.core.protocol.PeerCommand;
import io.swarmloader.core.protocol.PeerCommand.CancelSegmentRequest;
import io.swarmloader.core.protocol.PeerCommand.SegmentRequest;
import io.swarmloader.core.protocol.PeerCommand.SegmentsAnnouncement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The data-channel protocol with one connected peer of a swarm (wire-protocol.md §8). Routes frames
 * to the joiner and data chunks to the running download, keeps the peer's announced sets, and owns
 * the requester ({@link PeerDownload}) and uploader ({@link PeerUpload}) sides.
 *
 * <p>Malformed input (undecodable commands, joiner errors, text messages) is dropped and counted; 3
 * within 60 s disconnect the peer (§8.5). {@link #close()} is idempotent: it fails the outstanding
 * download with {@code peer-closed}, stops the upload, closes the channel and reports the close
 * exactly once (§8.6).
 */
public final class PeerSession implements RemotePeer {
  /** Malformed commands within {@link #MALFORMED_WINDOW_MS} that disconnect the peer. */
  static final int MALFORMED_STRIKES = 3;

  static final int MALFORMED_WINDOW_MS = 60_000;

  private final String peerId;
  private final DataChannel channel;
  private final SessionContext context;
  private final SessionListener listener;
  private final FrameJoiner joiner;
  private final StrikeWindow malformed = new StrikeWindow(MALFORMED_STRIKES, MALFORMED_WINDOW_MS);
  private final PeerSpeed speed;
  private final PeerDownload download;
  private final PeerUpload upload;
  private Set<Long> loaded = new HashSet<>();
  private Set<Long> httpLoading = new HashSet<>();
  private boolean closed;

  PeerSession(
      String peerId, DataChannel channel, SessionContext context, SessionListener listener) {
    this.peerId = peerId;
    this.channel = channel;
    this.context = context;
    this.listener = listener;
    this.joiner = new FrameJoiner(() -> context.config().get().maxCommandBytes(), new Commands());
    this.speed = new PeerSpeed(context.clock());
    this.download = new PeerDownload(this, context, speed);
    this.upload = new PeerUpload(this, context);
  }

  /** Starts taking channel events; first sends {@code announcementBody} unless it is null. */
  void start(byte[] announcementBody) {
    channel.setListener(new ChannelEvents());
    if (announcementBody != null) {
      sendBody(announcementBody);
    }
  }

  @Override
  public String peerId() {
    return peerId;
  }

  @Override
  public boolean hasLoaded(long externalId) {
    return loaded.contains(externalId);
  }

  @Override
  public boolean isHttpLoading(long externalId) {
    return httpLoading.contains(externalId);
  }

  @Override
  public boolean isDownloading() {
    return download.isActive();
  }

  @Override
  public double downloadSpeedBps() {
    return speed.bitsPerSecond();
  }

  /**
   * {@inheritDoc}
   *
   * <p>On a closed peer, or for an ID the peer has not announced, the attempt fails soon after
   * (with {@code peer-closed} or {@code peer-segment-absent}) without contacting the peer.
   *
   * @throws IllegalStateException if a download from this peer is already in progress
   */
  @Override
  public Cancellable download(Segment segment, SegmentBuffer buffer, AttemptListener listener) {
    return download.start(segment, buffer, listener);
  }

  public boolean isClosed() {
    return closed;
  }

  /** Closes the peer; idempotent. */
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    loaded = new HashSet<>();
    httpLoading = new HashSet<>();
    joiner.reset();
    upload.stop();
    channel.close();
    listener.onClosed(this);
    download.onSessionClosed();
  }

  /** Reports {@code error} and closes the peer. */
  void disconnect(String error) {
    if (!closed) {
      listener.onPeerError(peerId, error);
      close();
    }
  }

  void send(PeerCommand command) {
    sendBody(CommandCodec.encode(command));
  }

  /** Frames and sends a command body; nothing once closed. */
  void sendBody(byte[] body) {
    if (closed) {
      return;
    }
    List<byte[]> frames = Framer.frame(body, maxMessageBytes());
    for (byte[] frame : frames) {
      channel.send(frame, 0, frame.length);
    }
  }

  /** The largest message to send: the config's and the channel's limit (§4 Message size). */
  int maxMessageBytes() {
    int limit = Math.min(context.config().get().webRtcMaxMessageSize(), channel.maxMessageSize());
    return Math.max(Framer.MIN_MESSAGE_BYTES, limit);
  }

  DataChannel channel() {
    return channel;
  }

  SessionListener listener() {
    return listener;
  }

  /** §8.2 rule 8: an Absent answer removes the ID from the peer's {@code l} set. */
  void forgetLoaded(long externalId) {
    loaded.remove(externalId);
  }

  private void onMalformed() {
    if (!closed && malformed.record(context.clock().nowMs())) {
      disconnect("malformed-commands");
    }
  }

  /** §8.1: each announcement replaces the whole view; sets are cut at maxAnnouncedIds. */
  private void onAnnouncement(SegmentsAnnouncement announcement) {
    int max = context.config().get().maxAnnouncedIds();
    loaded = toSet(announcement.loaded(), max);
    httpLoading = toSet(announcement.httpLoading(), max);
    listener.onAnnouncement(this);
  }

  private void dispatch(PeerCommand command) {
    if (command instanceof SegmentsAnnouncement a) {
      onAnnouncement(a);
    } else if (command instanceof SegmentRequest r) {
      upload.onRequest(r);
    } else if (command instanceof CancelSegmentRequest c) {
      upload.onCancel(c);
    } else {
      download.onCommand(command);
    }
  }

  private static Set<Long> toSet(long[] ids, int max) {
    int count = Math.min(ids.length, max);
    Set<Long> set = new HashSet<>(count * 2);
    for (int k = 0; k < count; k++) {
      set.add(ids[k]);
    }
    return set;
  }

  /** Joined command bodies and joiner errors. */
  private final class Commands implements FrameJoiner.Sink {
    @Override
    public void onCommand(byte[] body) {
      if (closed) {
        return;
      }
      int maxIds = context.config().get().maxAnnouncedIds();
      DecodeResult result = CommandCodec.decode(body, maxIds);
      if (result instanceof DecodeResult.Decoded d) {
        dispatch(d.command());
      } else if (result instanceof DecodeResult.Malformed) {
        onMalformed();
      }
      // DecodeResult.UnknownCode: ignored (§6.1).
    }

    @Override
    public void onError(String error) {
      onMalformed();
    }
  }

  /** Events of the data channel. */
  private final class ChannelEvents implements DataChannel.DataChannelListener {
    @Override
    public void onMessage(byte[] message) {
      if (closed) {
        return;
      }
      if (FrameMarkers.isCommandFrame(message)) {
        joiner.push(message);
      } else {
        download.onChunk(message);
      }
    }

    @Override
    public void onTextMessage(String text) {
      onMalformed(); // §4 Message type: text is ignored and counted as malformed
    }

    @Override
    public void onBufferedAmountLow() {
      if (!closed) {
        upload.onBufferedAmountLow();
      }
    }

    @Override
    public void onClosed(String reason) {
      close();
    }
  }
}
