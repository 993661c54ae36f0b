package io.swarmloader.testing;

import io.swarmloader.core.platform.RandomSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The swarms of a {@link FakeTracker}: info hash → (peer ID → socket), in join order. */
final class TrackerSwarms {
  private final RandomSource random;
  private final Map<String, Map<String, FakeTrackerSocket>> swarms = new LinkedHashMap<>();

  TrackerSwarms(RandomSource random) {
    this.random = random;
  }

  void register(String infoHash, String peerId, FakeTrackerSocket socket) {
    swarms.computeIfAbsent(infoHash, k -> new LinkedHashMap<>()).put(peerId, socket);
  }

  void remove(String infoHash, String peerId) {
    Map<String, FakeTrackerSocket> swarm = swarms.get(infoHash);
    if (swarm != null) {
      swarm.remove(peerId);
    }
  }

  void removeSocket(FakeTrackerSocket socket) {
    for (Map<String, FakeTrackerSocket> swarm : swarms.values()) {
      swarm.values().removeIf(s -> s == socket);
    }
  }

  List<String> peersOf(String infoHash) {
    Map<String, FakeTrackerSocket> swarm = swarms.get(infoHash);
    return swarm == null ? List.of() : List.copyOf(swarm.keySet());
  }

  FakeTrackerSocket socketOf(String infoHash, String peerId) {
    Map<String, FakeTrackerSocket> swarm = swarms.get(infoHash);
    return swarm == null || peerId == null ? null : swarm.get(peerId);
  }

  FakeTrackerSocket socketOf(String peerId) {
    for (Map<String, FakeTrackerSocket> swarm : swarms.values()) {
      FakeTrackerSocket s = swarm.get(peerId);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** The other peers' sockets of a swarm in a seeded random order (Fisher–Yates). */
  List<FakeTrackerSocket> randomOthers(String infoHash, String peerId) {
    List<FakeTrackerSocket> others = new ArrayList<>();
    Map<String, FakeTrackerSocket> swarm = swarms.get(infoHash);
    if (swarm != null) {
      for (Map.Entry<String, FakeTrackerSocket> e : swarm.entrySet()) {
        if (!e.getKey().equals(peerId)) {
          others.add(e.getValue());
        }
      }
    }
    for (int i = others.size() - 1; i > 0; i--) {
      Collections.swap(others, i, random.nextInt(i + 1));
    }
    return others;
  }
}
