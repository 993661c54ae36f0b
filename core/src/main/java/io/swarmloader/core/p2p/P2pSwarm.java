package io.swarmloader.core.p2p;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.Clock;
import io.swarmloader.core.platform.DataChannel;
import io.swarmloader.core.platform.RandomSource;
import io.swarmloader.core.platform.Scheduler;
import io.swarmloader.core.protocol.CommandCodec;
import io.swarmloader.core.protocol.PeerCommand.SegmentsAnnouncement;
import io.swarmloader.core.util.OrderedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The connected peers of one stream's swarm (wire-protocol.md §8): one {@link PeerSession} per peer
 * ID, fed by a {@link PeerConnector}, and the announcements of the local state to all of them.
 *
 * <p>Announcements (§8.1): sent to each peer on connect unless upload is disabled; re-sent to all
 * peers after {@link #setLocalState} or {@link #setUploadDisabled}, coalesced within one event-loop
 * turn. Disabling upload sends one empty announcement and then none; enabling it sends a full one.
 *
 * <p>Lifecycle: {@link #start()} starts the connector; {@link #destroy()} closes every peer (each
 * reported through {@link SwarmListener#onPeerClosed} once), destroys the connector, and leaves no
 * timer behind. It is idempotent, and nothing fires after it.
 */
public final class P2pSwarm {
  private static final byte[] EMPTY_ANNOUNCEMENT = CommandCodec.encode(SegmentsAnnouncement.EMPTY);

  private final PeerConnector connector;
  private final Scheduler scheduler;
  private final SwarmListener listener;
  private final SessionContext context;
  private final SessionEvents sessionEvents = new SessionEvents();
  private final OrderedMap<PeerSession> sessions = new OrderedMap<>();
  private long[] loaded = new long[0];
  private long[] httpLoading = new long[0];
  private long playheadId = CommandCodec.NO_PLAYHEAD;
  private byte[] announcementBody;
  private boolean uploadDisabled;
  private boolean owesEmptyAnnouncement;
  private Cancellable pendingAnnounce;
  private boolean started;
  private boolean destroyed;

  /**
   * @param config read at each use, so dynamic changes apply; its {@code isP2PUploadDisabled} gives
   *     the initial upload switch, later changed through {@link #setUploadDisabled}
   * @param uploadSlots the engine-wide upload cap shared by all swarms
   */
  public P2pSwarm(
      PeerConnector connector,
      LocalSegments localSegments,
      Supplier<StreamConfig> config,
      Clock clock,
      Scheduler scheduler,
      RandomSource random,
      UploadSlots uploadSlots,
      SwarmListener listener) {
    this.connector = connector;
    this.scheduler = scheduler;
    this.listener = listener;
    this.uploadDisabled = config.get().isP2PUploadDisabled();
    this.context =
        new SessionContext(
            config, clock, scheduler, random, localSegments, uploadSlots, () -> uploadDisabled);
  }

  /** Starts finding peers. Idempotent; does nothing after {@link #destroy()}. */
  public void start() {
    if (!started && !destroyed) {
      started = true;
      connector.start(new ConnectorEvents());
    }
  }

  /** The connected peers, in connection order. */
  public List<RemotePeer> connectedPeers() {
    return new ArrayList<>(sessions.valueList());
  }

  /**
   * The IDs this engine serves ({@code l}) and is fetching over HTTP ({@code p}); re-announced to
   * all peers after the current turn. The arrays are copied.
   */
  public void setLocalState(long[] loaded, long[] httpLoading) {
    this.loaded = loaded.clone();
    this.httpLoading = httpLoading.clone();
    announcementBody = null;
    scheduleAnnounce();
  }

  /**
   * The external ID at the playhead; when an announcement needs more than 255 ID groups, those
   * nearest it are kept (§6.3). Applies from the next announcement.
   */
  public void setPlayheadSegmentId(long externalId) {
    if (externalId != playheadId) {
      playheadId = externalId;
      announcementBody = null;
    }
  }

  /** Switches upload off (one empty announcement, then Absent to every request) or on. */
  public void setUploadDisabled(boolean disabled) {
    if (disabled == uploadDisabled) {
      return;
    }
    uploadDisabled = disabled;
    owesEmptyAnnouncement = disabled;
    scheduleAnnounce();
  }

  public boolean isUploadDisabled() {
    return uploadDisabled;
  }

  /** Closes all peers and the connector; idempotent. */
  public void destroy() {
    if (destroyed) {
      return;
    }
    destroyed = true;
    if (pendingAnnounce != null) {
      pendingAnnounce.cancel();
      pendingAnnounce = null;
    }
    for (PeerSession session : sessions.valueList()) {
      session.close();
    }
    sessions.clear();
    connector.destroy();
  }

  private void scheduleAnnounce() {
    if (!destroyed && pendingAnnounce == null) {
      pendingAnnounce = scheduler.schedule(this::announceToAll, 0);
    }
  }

  private void announceToAll() {
    pendingAnnounce = null;
    byte[] body;
    if (!uploadDisabled) {
      body = announcementBody();
    } else if (owesEmptyAnnouncement) {
      body = EMPTY_ANNOUNCEMENT;
    } else {
      return;
    }
    owesEmptyAnnouncement = false;
    for (PeerSession session : sessions.valueList()) {
      session.sendBody(body);
    }
  }

  private byte[] announcementBody() {
    if (announcementBody == null) {
      SegmentsAnnouncement a = new SegmentsAnnouncement(loaded, httpLoading);
      announcementBody = CommandCodec.encode(a, playheadId);
    }
    return announcementBody;
  }

  private void onPeerConnected(String peerId, DataChannel channel) {
    if (destroyed || sessions.containsKey(peerId)) {
      channel.close(); // §4 Duplicates: a connection for a connected peer ID is closed at once
      return;
    }
    PeerSession session = new PeerSession(peerId, channel, context, sessionEvents);
    sessions.put(peerId, session);
    session.start(uploadDisabled ? null : announcementBody());
    listener.onPeerConnected(session);
  }

  /** Connector events. */
  private final class ConnectorEvents implements PeerConnector.ConnectionListener {
    @Override
    public void onPeerConnected(String peerId, DataChannel channel) {
      P2pSwarm.this.onPeerConnected(peerId, channel);
    }

    @Override
    public void onTrackerWarning(String warning) {
      if (!destroyed) {
        listener.onTrackerWarning(warning);
      }
    }

    @Override
    public void onTrackerError(String error) {
      if (!destroyed) {
        listener.onTrackerError(error);
      }
    }
  }

  /** Session events, forwarded to the swarm listener. */
  private final class SessionEvents implements SessionListener {
    @Override
    public void onAnnouncement(PeerSession session) {
      listener.onPeerAnnouncement(session);
    }

    @Override
    public void onChunkDownloaded(int bytes, String peerId) {
      listener.onChunkDownloaded(bytes, peerId);
    }

    @Override
    public void onChunkUploaded(int bytes, String peerId) {
      listener.onChunkUploaded(bytes, peerId);
    }

    @Override
    public void onPeerError(String peerId, String error) {
      listener.onPeerError(peerId, error);
    }

    @Override
    public void onClosed(PeerSession session) {
      String peerId = session.peerId();
      if (sessions.get(peerId) == session) {
        sessions.remove(peerId);
      }
      connector.onPeerDisconnected(peerId);
      listener.onPeerClosed(session);
    }
  }
}
