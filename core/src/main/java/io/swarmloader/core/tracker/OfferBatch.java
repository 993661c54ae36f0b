package io.swarmloader.core.tracker;

import java.util.ArrayList;
import java.util.List;

/**
 * The offers of one announce while their SDP is gathered (non-trickle, wire-protocol.md §4). The
 * announce is sent once every offer has its SDP or has closed.
 */
final class OfferBatch {
  private final TrackerSession session;
  private final List<PeerConnection> offers = new ArrayList<>();

  /** Offers added and not yet settled (SDP ready or closed). */
  private int unsettledCount;

  /** All offers are added; before that, settling cannot complete the batch. */
  private boolean isSealed;

  private boolean isDone;

  OfferBatch(TrackerSession session) {
    this.session = session;
  }

  void add(PeerConnection offer) {
    offers.add(offer);
    unsettledCount++;
  }

  /** No more offers will be added; completes now if nothing is outstanding. */
  void seal() {
    isSealed = true;
    completeIfSettled();
  }

  /** An offer has its SDP, or closed before it had one. Called at most once per offer. */
  void settled(PeerConnection offer) {
    unsettledCount--;
    completeIfSettled();
  }

  /** The session no longer wants this batch; its completion is never reported. */
  void abandon() {
    isDone = true;
  }

  /** Offers with SDP that are still open, in creation order. */
  List<PeerConnection> readyOffers() {
    List<PeerConnection> ready = new ArrayList<>();
    for (PeerConnection o : offers) {
      if (!o.isClosed() && o.localSdp() != null) {
        ready.add(o);
      }
    }
    return ready;
  }

  private void completeIfSettled() {
    if (isSealed && !isDone && unsettledCount <= 0) {
      isDone = true;
      session.onBatchReady(this);
    }
  }
}
