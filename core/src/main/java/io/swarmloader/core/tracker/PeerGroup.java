package io.swarmloader.core.tracker;

import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.util.ListOps;
import java.util.ArrayList;
import java.util.List;

/**
 * The connections of one swarm to one remote peer ID, and the duplicate rules of wire-protocol.md
 * §4 (and §9 item 17):
 *
 * <ul>
 *   <li>At most one connection is handed over (the winner). Another one that opens while the winner
 *       is connected and no grace period runs is closed at once.
 *   <li>Otherwise the first to open wins, and the others are kept for a 5 s grace period; if the
 *       winner closes within it ({@code onPeerDisconnected}), an open one is promoted, and a
 *       connecting one may still win by opening first.
 *   <li>Between two SwarmLoader peers ({@code -SL} prefixes) the connection offered by the smaller
 *       peer ID (UTF-16 order) wins: another one that opens first waits for it up to the grace
 *       period, and a winner that is not preferred is revoked when the preferred one opens within
 *       the grace period.
 * </ul>
 */
final class PeerGroup implements Runnable {
  /** Duplicate-connection grace (wire-protocol.md §10). */
  static final int GRACE_MS = 5_000;

  private static final String SWARMLOADER_PREFIX = "-SL";

  private final PeerConnections book;
  private final String remotePeerId;
  private final String preferredOffererId;

  /** Connections not handed over: connecting, or open and waiting (standby). */
  private final List<PeerConnection> candidates = new ArrayList<>();

  private PeerConnection winner;
  private boolean isGraceActive;
  private Cancellable graceTimer = Cancellable.NONE;

  PeerGroup(PeerConnections book, String remotePeerId) {
    this.book = book;
    this.remotePeerId = remotePeerId;
    String localPeerId = book.swarm().peerId();
    boolean isSwarmLoaderPair =
        localPeerId.startsWith(SWARMLOADER_PREFIX) && remotePeerId.startsWith(SWARMLOADER_PREFIX);
    this.preferredOffererId =
        !isSwarmLoaderPair
            ? null
            : localPeerId.compareTo(remotePeerId) < 0 ? localPeerId : remotePeerId;
  }

  String remotePeerId() {
    return remotePeerId;
  }

  boolean hasWinner() {
    return winner != null;
  }

  boolean isWinner(PeerConnection c) {
    return winner == c;
  }

  boolean isEmpty() {
    return winner == null && candidates.isEmpty();
  }

  int connectionCount() {
    return candidates.size() + (winner == null ? 0 : 1);
  }

  /** A new connection to this peer makes sense: none connected, or still in the grace period. */
  boolean acceptsNewConnection() {
    return winner == null || isGraceActive;
  }

  void add(PeerConnection c) {
    candidates.add(c);
  }

  void remove(PeerConnection c) {
    ListOps.removeSame(candidates, c);
    if (winner == null && !candidates.isEmpty()) {
      PeerConnection next = firstOpenNotWaiting();
      if (next != null) {
        handOver(next); // the one it waited for is gone
        return;
      }
    }
    book.removeIfEmpty(this);
  }

  void onOpen(PeerConnection c) {
    if (winner == null) {
      if (waitsForPreferred(c)) {
        armGrace(); // hand it over at the end of the grace period at the latest
        return;
      }
      handOver(c);
      return;
    }
    if (!isGraceActive) {
      book.drop(c); // §4: a connection for an already connected peer is closed at once
      return;
    }
    if (isPreferred(c) && !isPreferred(winner)) {
      armGrace(); // keep c until the p2p layer reports the revoked winner gone
      winner.channel().revoke("replaced by the preferred duplicate connection");
    }
  }

  void onPeerDisconnected() {
    if (winner == null) {
      return;
    }
    PeerConnection old = winner;
    winner = null;
    old.close();
    if (isGraceActive) {
      PeerConnection next = bestOpen();
      if (next != null) {
        handOver(next);
        return;
      }
    }
    book.removeIfEmpty(this);
  }

  /** The grace timer's task (the group is its own timer task: no extra lambda class). */
  @Override
  public void run() {
    onGraceEnd();
  }

  private void onGraceEnd() {
    graceTimer = Cancellable.NONE;
    isGraceActive = false;
    if (winner != null) {
      for (PeerConnection c : new ArrayList<>(candidates)) {
        ListOps.removeSame(candidates, c);
        c.close();
      }
    } else {
      PeerConnection next = bestOpen();
      if (next != null) {
        handOver(next);
        return;
      }
    }
    book.removeIfEmpty(this);
  }

  /** Closes every candidate and the grace timer; the winner stays with the p2p layer. */
  void destroy() {
    graceTimer.cancel();
    graceTimer = Cancellable.NONE;
    isGraceActive = false;
    for (PeerConnection c : new ArrayList<>(candidates)) {
      c.close();
    }
    candidates.clear();
  }

  private void handOver(PeerConnection c) {
    ListOps.removeSame(candidates, c);
    winner = c;
    armGrace();
    book.swarm().handOver(remotePeerId, c.channel()); // last: the listener may call back in
  }

  private void armGrace() {
    graceTimer.cancel();
    isGraceActive = true;
    graceTimer = book.swarm().client().scheduler.schedule(this, GRACE_MS);
  }

  private boolean isPreferred(PeerConnection c) {
    if (preferredOffererId == null) {
      return false;
    }
    String offererId = c.isOfferer() ? book.swarm().peerId() : remotePeerId;
    return offererId.equals(preferredOffererId);
  }

  /** A non-preferred connection waits while a preferred one is still in the race. */
  private boolean waitsForPreferred(PeerConnection c) {
    if (preferredOffererId == null || isPreferred(c)) {
      return false;
    }
    for (PeerConnection other : candidates) {
      if (other != c && isPreferred(other)) {
        return true;
      }
    }
    return false;
  }

  private PeerConnection firstOpenNotWaiting() {
    PeerConnection best = null;
    for (PeerConnection c : candidates) {
      if (c.isOpen()
          && !waitsForPreferred(c)
          && (best == null || c.openOrder() < best.openOrder())) {
        best = c;
      }
    }
    return best;
  }

  /** The open candidate to promote: a preferred one first, then the first to open. */
  private PeerConnection bestOpen() {
    PeerConnection best = null;
    for (PeerConnection c : candidates) {
      if (!c.isOpen()) {
        continue;
      }
      if (best == null
          || (isPreferred(c) && !isPreferred(best))
          || (isPreferred(c) == isPreferred(best) && c.openOrder() < best.openOrder())) {
        best = c;
      }
    }
    return best;
  }
}
