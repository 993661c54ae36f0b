package io.swarmloader.testing;

import io.swarmloader.core.platform.RtcFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One simulated browser of a {@link SimulatedNetwork}: its RtcFactory and its connections. */
public final class SimulatedEndpoint implements RtcFactory {
  private final SimulatedNetwork network;
  private final String name;
  private final Set<SimulatedConnection> live = new LinkedHashSet<>();
  private boolean vanished;
  private int createdCount;

  SimulatedEndpoint(SimulatedNetwork network, String name) {
    this.network = network;
    this.name = name;
  }

  public String name() {
    return name;
  }

  @Override
  public RtcConnection createOffer(RtcConnectionListener listener) {
    createdCount++;
    SimulatedConnection c = new SimulatedConnection(network, this, listener, null);
    if (!vanished) {
      live.add(c);
      c.startOffer();
    }
    return c;
  }

  @Override
  public RtcConnection createAnswer(String remoteOfferSdp, RtcConnectionListener listener) {
    createdCount++;
    SimulatedConnection c = new SimulatedConnection(network, this, listener, remoteOfferSdp);
    if (!vanished) {
      live.add(c);
      c.startAnswer();
    }
    return c;
  }

  /** Connections created here and not yet closed on this side. */
  public int liveConnectionCount() {
    return live.size();
  }

  /** Connections ever created through this factory (offers and answers). */
  public int createdConnectionCount() {
    return createdCount;
  }

  /** Live connections created here by createOffer whose channel is open. */
  public int openOfferingConnectionCount() {
    int count = 0;
    for (SimulatedConnection c : live) {
      if (c.isOfferer() && c.hasOpenChannel()) {
        count++;
      }
    }
    return count;
  }

  /** Channel ends of this endpoint that are open. */
  public int openChannelCount() {
    int count = 0;
    for (SimulatedConnection c : live) {
      if (c.hasOpenChannel()) {
        count++;
      }
    }
    return count;
  }

  boolean isVanished() {
    return vanished;
  }

  void markVanished() {
    vanished = true;
  }

  void forget(SimulatedConnection connection) {
    live.remove(connection);
  }

  List<SimulatedConnection> liveConnections() {
    return new ArrayList<>(live);
  }

  @Override
  public String toString() {
    return "SimulatedEndpoint[" + name + "]";
  }
}
