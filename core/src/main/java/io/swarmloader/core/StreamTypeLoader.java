package io.swarmloader.core;

import io.swarmloader.core.model.Segment;
import io.swarmloader.core.model.StreamInfo;
import io.swarmloader.core.p2p.RemotePeer;
import io.swarmloader.core.scheduling.HybridLoader;
import io.swarmloader.core.scheduling.LocalStateListener;
import io.swarmloader.core.scheduling.StreamSegments;
import io.swarmloader.core.util.OrderedMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the engine holds for one stream type (player-integration.md §5.1): the hybrid loader,
 * the current stream, and the swarms of the current and lingering streams. Owned by {@link Core}.
 */
final class StreamTypeLoader implements StreamSegments, LocalStateListener {
  private final OrderedMap<StreamSwarm> swarms = new OrderedMap<>();
  private final StreamRegistry registry;
  private HybridLoader hybrid;
  private StreamSwarm current;

  StreamTypeLoader(StreamRegistry registry) {
    this.registry = registry;
  }

  void setHybrid(HybridLoader hybrid) {
    this.hybrid = hybrid;
  }

  HybridLoader hybrid() {
    return hybrid;
  }

  StreamSwarm current() {
    return current;
  }

  void setCurrent(StreamSwarm swarm) {
    this.current = swarm;
  }

  StreamSwarm swarmOf(String streamRuntimeId) {
    return swarms.get(streamRuntimeId);
  }

  void putSwarm(StreamSwarm swarm) {
    swarms.put(swarm.stream.runtimeId(), swarm);
  }

  void removeSwarm(StreamSwarm swarm) {
    swarms.remove(swarm.stream.runtimeId());
  }

  StreamSwarm swarmByStreamSwarmId(String streamSwarmId) {
    for (StreamSwarm s : swarms.valueList()) {
      if (s.streamSwarmId.equals(streamSwarmId)) {
        return s;
      }
    }
    return null;
  }

  List<StreamSwarm> swarms() {
    return swarms.valueList();
  }

  /** Peers of the current swarm, for the scheduler. */
  List<RemotePeer> currentPeers() {
    return current == null ? new ArrayList<>() : current.connectedPeers();
  }

  /** This peer's ID in the current stream's swarm, or "" before there is one. */
  String currentPeerId() {
    return current == null ? "" : current.peerId;
  }

  @Override
  public List<Segment> inPlaybackOrder() {
    if (current == null) {
      return new ArrayList<>();
    }
    StreamRegistry.RegisteredStream stream = registry.stream(current.stream.runtimeId());
    return stream == null ? new ArrayList<>() : stream.segments();
  }

  /** The hybrid loader's local state goes to the current swarm's announcements. */
  @Override
  public void onLocalStateChanged(long[] loadedIds, long[] httpLoadingIds) {
    if (current != null) {
      current.swarm.setLocalState(loadedIds, httpLoadingIds);
    }
  }

  StreamInfo currentStream() {
    return current == null ? null : current.stream;
  }

  /** Destroys the hybrid loader and every swarm. Idempotent. */
  void destroy() {
    if (hybrid != null) {
      hybrid.destroy();
      hybrid = null;
    }
    for (StreamSwarm s : swarms.valueList()) {
      s.destroy();
    }
    swarms.clear();
    current = null;
  }
}
