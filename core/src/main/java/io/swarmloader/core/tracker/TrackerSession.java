package io.swarmloader.core.tracker;

import io.swarmloader.core.platform.Cancellable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One swarm on one tracker: announces (wire-protocol.md §3.2, §3.5, §3.6), answers (§3.3) and the
 * processing of received messages in the order of §3.4.
 */
final class TrackerSession implements Runnable {
  /** Periodic announce interval until the tracker sends one. */
  static final int DEFAULT_ANNOUNCE_INTERVAL_MS = 30_000;

  /** Offers per announce when every limit has room (2.3.x sends 5 per tracker). */
  static final int MAX_OFFERS_PER_ANNOUNCE = 5;

  private final SwarmConnector swarm;
  private final TrackerSocket socket;

  private int announceIntervalMs = DEFAULT_ANNOUNCE_INTERVAL_MS;
  private Cancellable announceTimer = Cancellable.NONE;

  /** Last {@code tracker id} received; echoed as {@code trackerid}. */
  private String trackerId;

  /** An announce with {@code event: "started"} went out on this tracker. */
  private boolean isStartedSent;

  /** The announce whose offers are being gathered; null when none. */
  private OfferBatch gathering;

  private boolean isLeft;

  TrackerSession(SwarmConnector swarm, TrackerSocket socket) {
    this.swarm = swarm;
    this.socket = socket;
  }

  String infoHash() {
    return swarm.infoHash();
  }

  // ---- socket events ----

  /** The socket opened (or was open when this session attached): announce now. */
  void onSocketOpen() {
    announce();
  }

  /** The socket closed: no periodic announces until it reopens, which announces at once. */
  void onSocketClosed() {
    announceTimer.cancel();
    announceTimer = Cancellable.NONE;
  }

  void warn(String warning) {
    if (!isLeft) {
      swarm.warn(warning);
    }
  }

  void error(String error) {
    if (!isLeft) {
      swarm.error(error);
    }
  }

  // ---- announcing ----

  /** The announce timer's task (the session is its own timer task: no extra lambda class). */
  @Override
  public void run() {
    announce();
  }

  private void announce() {
    if (isLeft || gathering != null || !socket.isOpen()) {
      return; // while disconnected, the announce waits for the socket to open
    }
    announceTimer.cancel();
    announceTimer = Cancellable.NONE;
    OfferBatch batch = new OfferBatch(this);
    gathering = batch;
    // §3.6: min(5, free slots); zero at a limit, and the announce still goes out.
    int count = Math.min(MAX_OFFERS_PER_ANNOUNCE, swarm.connections().offerSlots());
    for (int i = 0; i < count && gathering == batch; i++) {
      swarm.connections().createOffer(this, batch);
    }
    if (gathering == batch) {
      batch.seal();
    }
  }

  /** Every offer of the batch has its SDP or closed: send the announce. */
  void onBatchReady(OfferBatch batch) {
    if (gathering != batch) {
      return;
    }
    gathering = null;
    List<PeerConnection> offers = batch.readyOffers();
    if (isLeft || !socket.isOpen()) {
      // Nobody will relay these; the reconnect announce makes fresh ones.
      for (PeerConnection o : offers) {
        swarm.connections().discardOffer(o);
      }
      return;
    }
    List<TrackerMessages.Offer> payload = new ArrayList<>();
    for (PeerConnection o : offers) {
      payload.add(new TrackerMessages.Offer(o.offerId(), o.localSdp()));
    }
    // §3.2: "started" only on the first announce of this swarm to this tracker.
    String event = isStartedSent ? null : "started";
    isStartedSent = true;
    socket.send(
        TrackerMessages.announce(swarm.infoHash(), swarm.peerId(), payload, event, trackerId));
    scheduleAnnounce(announceIntervalMs);
  }

  private void scheduleAnnounce(int delayMs) {
    announceTimer.cancel();
    announceTimer = swarm.client().scheduler.schedule(this, delayMs);
  }

  /** §3.3. Returns false when the answer cannot be sent (socket closed, swarm left). */
  boolean sendAnswer(String toPeerId, String offerId, String sdp) {
    if (isLeft || !socket.isOpen()) {
      return false;
    }
    socket.send(
        TrackerMessages.answer(
            swarm.infoHash(), swarm.peerId(), toPeerId, offerId, sdp, trackerId));
    return true;
  }

  // ---- received (§3.4; steps 1 and 2 are the socket's) ----

  void onMessage(Map<?, ?> m) {
    if (isLeft || swarm.peerId().equals(m.get("peer_id"))) {
      return; // step 3: our own message echoed back
    }
    if (m.containsKey("failure reason")) {
      String reason = TrackerMessages.string(m, "failure reason");
      warn(reason != null ? reason : "tracker failure without a reason");
      return; // step 4
    }
    String warning = TrackerMessages.string(m, "warning message");
    if (warning != null) {
      warn(warning); // step 5
      if (isLeft) {
        return;
      }
    }
    int intervalMs = TrackerMessages.intervalMs(m);
    if (intervalMs > 0) {
      announceIntervalMs = intervalMs; // step 6
      if (gathering == null && socket.isOpen()) {
        scheduleAnnounce(intervalMs);
      }
    }
    String newTrackerId = TrackerMessages.string(m, "tracker id");
    if (newTrackerId != null) {
      trackerId = newTrackerId; // step 7
    }
    String remotePeerId = TrackerMessages.string(m, "peer_id");
    String offerId = TrackerMessages.string(m, "offer_id");
    if (remotePeerId == null || offerId == null) {
      return; // step 10: announce replies, scrapes, unknown actions
    }
    if (m.get("offer") != null) {
      String sdp = TrackerMessages.sdpOf(m.get("offer"));
      if (sdp != null) {
        swarm.connections().onRelayedOffer(this, remotePeerId, offerId, sdp); // step 8
      }
    } else if (m.get("answer") != null) {
      String sdp = TrackerMessages.sdpOf(m.get("answer"));
      if (sdp != null) {
        swarm.connections().onRelayedAnswer(remotePeerId, offerId, sdp); // step 9
      }
    }
  }

  // ---- leaving ----

  /**
   * Stops announcing; sends {@code stopped} first when asked and the socket stays open for other
   * swarms (§3.2 [S]). Detaching the last session closes the socket.
   */
  void leave(boolean isStoppedSent) {
    if (isLeft) {
      return;
    }
    if (isStoppedSent && socket.isOpen() && socket.sessionCount() > 1) {
      socket.send(TrackerMessages.stopped(swarm.infoHash(), swarm.peerId(), trackerId));
    }
    isLeft = true;
    announceTimer.cancel();
    announceTimer = Cancellable.NONE;
    if (gathering != null) {
      gathering.abandon();
      gathering = null;
    }
    socket.detach(this);
  }
}
