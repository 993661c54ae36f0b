package io.swarmloader.core.id;

import io.swarmloader.core.platform.RandomSource;
import java.util.HashMap;
import java.util.Map;

/**
 * One local peer ID per info hash, for one engine instance (wire-protocol.md §2.5). wt-tracker
 * keeps one swarm per peer ID, so each swarm needs its own ID; rejoining a swarm reuses it. The
 * cache is per engine, not per page, so two engines on one page can peer with each other (§9 item
 * 19). IDs are kept until {@link #destroy()}.
 */
public final class PeerIdCache {
  private final RandomSource random;
  // infoHash -> peer ID; emptied only by destroy().
  private final Map<String, String> peerIds = new HashMap<>();

  public PeerIdCache(RandomSource random) {
    this.random = random;
  }

  /**
   * The peer ID for this swarm, generated with {@code prefix} on first use. The prefix is not a
   * dynamic option, so a cached ID is returned as it is.
   */
  public String peerIdFor(String infoHash, String prefix) {
    String id = peerIds.get(infoHash);
    if (id == null) {
      id = PeerIds.generate(prefix, random);
      peerIds.put(infoHash, id);
    }
    return id;
  }

  public int size() {
    return peerIds.size();
  }

  /** Forgets every ID; a later call generates fresh ones. Idempotent. */
  public void destroy() {
    peerIds.clear();
  }
}
