package io.swarmloader.core.tracker;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.platform.RtcFactory.RtcConnection;
import io.swarmloader.core.util.OrderedMap;
import io.swarmloader.core.util.Text;

/**
 * The peer connections of one swarm: unanswered offers by offer ID, and per remote peer ID a {@link
 * PeerGroup} that applies the duplicate rules. Enforces the limits of wire-protocol.md §10.
 */
final class PeerConnections {
  /** An offer, or any connection that has not opened, is closed after this (§3.5). */
  static final int OFFER_LIFETIME_MS = 50_000;

  private final SwarmConnector swarm;

  /** Our offers not yet answered (SDP being gathered, or sent), by offer ID. */
  private final OrderedMap<PeerConnection> pendingOffers = new OrderedMap<>();

  /** Connections with a known remote peer, by remote peer ID. */
  private final OrderedMap<PeerGroup> groups = new OrderedMap<>();

  private int openCount;

  PeerConnections(SwarmConnector swarm) {
    this.swarm = swarm;
  }

  /** Unanswered offers, connecting and connected peers of this swarm. */
  int connectionCount() {
    int count = pendingOffers.size();
    for (PeerGroup g : groups.valueList()) {
      count += g.connectionCount();
    }
    return count;
  }

  /** Remote peers with a handed-over connection. */
  int connectedCount() {
    int count = 0;
    for (PeerGroup g : groups.valueList()) {
      count += g.hasWinner() ? 1 : 0;
    }
    return count;
  }

  int pendingOfferCount() {
    return pendingOffers.size();
  }

  /**
   * Free slots for new offers under every limit of §10 (may be 0). An offer may become a new peer,
   * so unanswered offers use up {@code maxPeersPerSwarm} here as well as {@code maxPendingOffers}.
   */
  int offerSlots() {
    StreamConfig config = swarm.config();
    int pending = pendingOffers.size();
    int swarmFree = config.maxPeersPerSwarm() - groups.size() - pending;
    int pendingFree = config.maxPendingOffers() - pending;
    return Math.max(0, Math.min(Math.min(swarmFree, pendingFree), engineFree(config)));
  }

  /**
   * Room for a connection to {@code remotePeerId}. {@code maxPeersPerSwarm} counts distinct remote
   * peers (connected or connecting), so our own unanswered offers never block an answer, and a
   * duplicate to a known peer needs no new peer slot. {@code maxPeerConnections} counts every
   * connection of the engine, unanswered offers included.
   */
  private boolean hasRoomFor(String remotePeerId, StreamConfig config, boolean isNewConnection) {
    boolean hasPeerSlot =
        groups.containsKey(remotePeerId) || groups.size() < config.maxPeersPerSwarm();
    return hasPeerSlot && (!isNewConnection || engineFree(config) > 0);
  }

  private int engineFree(StreamConfig config) {
    return config.maxPeerConnections() - swarm.client().connectionCount();
  }

  int nextOpenOrder() {
    return openCount++;
  }

  // ---- creating connections ----

  void createOffer(TrackerSession session, OfferBatch batch) {
    String offerId;
    do {
      offerId = RandomIds.offerId(swarm.client().random);
    } while (pendingOffers.containsKey(offerId));
    PeerConnection offer = new PeerConnection(this, session, true, offerId, null, batch);
    pendingOffers.put(offerId, offer);
    batch.add(offer);
    start(offer, null);
  }

  /** §3.4 step 8: answer unless a limit forbids it or the peer is already connected. */
  void onRelayedOffer(TrackerSession session, String remotePeerId, String offerId, String sdp) {
    if (!hasRoomFor(remotePeerId, swarm.config(), /* isNewConnection= */ true)) {
      return; // §3.6: at the limit relayed offers are ignored; the offer expires remotely
    }
    PeerGroup group = groups.get(remotePeerId);
    if (group != null && !group.acceptsNewConnection()) {
      return; // it would be closed at once as a duplicate
    }
    PeerConnection answer = new PeerConnection(this, session, false, offerId, remotePeerId, null);
    groupFor(remotePeerId).add(answer);
    start(answer, sdp);
  }

  /** §3.4 step 9: the offer ID exactly as received; unknown IDs are ignored. */
  void onRelayedAnswer(String remotePeerId, String offerId, String sdp) {
    PeerConnection offer = pendingOffers.get(offerId);
    if (offer == null || offer.localSdp() == null) {
      return;
    }
    pendingOffers.remove(offerId);
    PeerGroup group = groups.get(remotePeerId);
    boolean isDuplicate = group != null && !group.acceptsNewConnection();
    if (isDuplicate || !hasRoomFor(remotePeerId, swarm.config(), /* isNewConnection= */ false)) {
      offer.close(); // §4 Duplicates: already connected; or §10: the swarm filled up meanwhile
      return;
    }
    groupFor(remotePeerId).add(offer);
    offer.answered(remotePeerId, sdp);
  }

  private void start(PeerConnection c, String remoteOfferSdp) {
    c.deadline = swarm.client().scheduler.schedule(c, OFFER_LIFETIME_MS);
    RtcConnection rtc;
    try {
      rtc =
          remoteOfferSdp == null
              ? swarm.client().rtc.createOffer(c)
              : swarm.client().rtc.createAnswer(remoteOfferSdp, c);
    } catch (RuntimeException e) {
      drop(c);
      swarm.error(Text.cat("cannot create a peer connection: ", e.getMessage()));
      return;
    }
    c.attach(rtc);
  }

  // ---- connection events ----

  void onOpen(PeerConnection c) {
    PeerGroup group = groups.get(c.remotePeerId());
    if (group == null) {
      c.close();
      return;
    }
    group.onOpen(c);
  }

  /** The platform reports the connection (or its standby channel) closed. */
  void onConnectionClosed(PeerConnection c) {
    if (c.isClosed()) {
      return;
    }
    PeerGroup group = c.remotePeerId() == null ? null : groups.get(c.remotePeerId());
    if (group != null && group.isWinner(c)) {
      return; // the p2p layer hears it on the channel and calls onPeerDisconnected
    }
    drop(c);
  }

  /** Closes a connection that is not the winner and forgets it. */
  void drop(PeerConnection c) {
    if (c.isOfferer() && pendingOffers.get(c.offerId()) == c) {
      pendingOffers.remove(c.offerId());
    }
    PeerGroup group = c.remotePeerId() == null ? null : groups.get(c.remotePeerId());
    c.close();
    if (group != null) {
      group.remove(c);
    }
  }

  /** An offer whose announce was never sent. */
  void discardOffer(PeerConnection offer) {
    drop(offer);
  }

  void onPeerDisconnected(String remotePeerId) {
    PeerGroup group = groups.get(remotePeerId);
    if (group != null) {
      group.onPeerDisconnected();
    }
  }

  void removeIfEmpty(PeerGroup group) {
    if (group.isEmpty() && groups.get(group.remotePeerId()) == group) {
      groups.remove(group.remotePeerId());
      group.destroy();
    }
  }

  /** Closes every connection not handed over; handed-over ones stay with the p2p layer. */
  void destroy() {
    for (PeerConnection offer : pendingOffers.valueList()) {
      offer.close();
    }
    pendingOffers.clear();
    for (PeerGroup g : groups.valueList()) {
      g.destroy();
    }
    groups.clear();
  }

  // ---- for groups ----

  SwarmConnector swarm() {
    return swarm;
  }

  private PeerGroup groupFor(String remotePeerId) {
    PeerGroup group = groups.get(remotePeerId);
    if (group == null) {
      group = new PeerGroup(this, remotePeerId);
      groups.put(remotePeerId, group);
    }
    return group;
  }
}
