package io.swarmloader.core.scheduling;

import io.swarmloader.core.p2p.RemotePeer;
import java.util.List;

/**
 * Which peer of a swarm seeds a segment over HTTP: rendezvous (highest-random-weight) hashing of
 * the segment over the peer IDs. Every peer that sees the same connected peers picks the same owner
 * for a segment without a word on the wire, and the owners of consecutive segments rotate over the
 * peers, so each new segment crosses HTTP about once and the load is spread evenly. Peers whose
 * views differ (a peer one side is not connected to) may both seed a segment, or neither; the
 * high-demand window still fetches it in time.
 *
 * <p>The weight is FNV-1a over the peer ID's characters and the segment's external ID, finished
 * with MurmurHash3's 32-bit mixer; ties (practically never) go to the smaller peer ID.
 */
final class SeedOwner {
  private static final int FNV_OFFSET = 0x811c9dc5;
  private static final int FNV_PRIME = 0x01000193;

  private SeedOwner() {}

  /**
   * True when {@code selfId} has the highest weight for {@code externalId} among itself and {@code
   * peers}.
   */
  static boolean isOwner(String selfId, List<RemotePeer> peers, long externalId) {
    int best = weight(selfId, externalId);
    for (RemotePeer peer : peers) {
      String id = peer.peerId();
      int w = weight(id, externalId);
      if (Integer.compareUnsigned(w, best) > 0 || (w == best && id.compareTo(selfId) < 0)) {
        return false;
      }
    }
    return true;
  }

  /** The rendezvous weight of {@code peerId} for {@code externalId}, compared unsigned. */
  static int weight(String peerId, long externalId) {
    int h = FNV_OFFSET;
    for (int i = 0; i < peerId.length(); i++) {
      h = (h ^ peerId.charAt(i)) * FNV_PRIME;
    }
    for (int shift = 0; shift < 64; shift += 8) {
      h = (h ^ (int) ((externalId >>> shift) & 0xff)) * FNV_PRIME;
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
