package io.swarmloader.core;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.http.HttpSegmentLoader;
import io.swarmloader.core.id.SwarmIds;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.model.StreamInfo;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.p2p.LocalSegments;
import io.swarmloader.core.p2p.P2pSwarm;
import io.swarmloader.core.p2p.PeerConnector;
import io.swarmloader.core.p2p.RemotePeer;
import io.swarmloader.core.p2p.SwarmListener;
import io.swarmloader.core.platform.Platform;
import io.swarmloader.core.scheduling.HybridLoader;
import io.swarmloader.core.scheduling.HybridLoaderContext;
import io.swarmloader.core.scheduling.StoredSegments;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Builds and switches the parts of a stream type: its hybrid loader, and one {@link P2pSwarm} per
 * stream with its identifiers, storage view and event wiring (player-integration.md §5.1).
 */
final class SwarmFactory {
  private final Core core;

  SwarmFactory(Core core) {
    this.core = core;
  }

  HybridLoader createHybrid(StreamTypeLoader loader, StreamType type) {
    Platform p = core.platform();
    Supplier<StreamConfig> config = configOf(type);
    HttpSegmentLoader http =
        new HttpSegmentLoader(p.http(), config, p.clock(), p.scheduler(), core.playerHttp(type));
    HybridLoaderContext context =
        new HybridLoaderContext(
            type,
            config,
            p.clock(),
            p.scheduler(),
            p.random(),
            http,
            loader::currentPeers,
            loader::currentPeerId,
            loader,
            new StorageView(loader),
            core.events(),
            core.bandwidth(),
            loader,
            p.logger());
    return new HybridLoader(context);
  }

  /**
   * Makes {@code stream} the current stream of its type. The previous swarm is left at once when
   * storage holds none of its segments, otherwise it lingers {@code
   * p2pInactiveLoaderDestroyTimeoutMs} so peers can still fetch from us.
   */
  void switchTo(StreamTypeLoader loader, StreamInfo stream) {
    StreamSwarm previous = loader.current();
    if (previous != null && previous.stream.runtimeId().equals(stream.runtimeId())) {
      return;
    }
    StreamSwarm next = loader.swarmOf(stream.runtimeId());
    if (next == null) {
      next = createSwarm(loader, stream);
      loader.putSwarm(next);
    }
    next.cancelLinger();
    loader.setCurrent(next);
    if (previous != null) {
      linger(loader, previous);
    }
    loader.hybrid().onSegmentsChanged();
    loader.hybrid().onStorageChanged();
    loader.hybrid().onPeersChanged();
  }

  private void linger(StreamTypeLoader loader, StreamSwarm previous) {
    CoreStorage storage = core.storage();
    if (storage.storedIds(previous.swarmId, previous.streamSwarmId).length == 0) {
      loader.removeSwarm(previous);
      previous.destroy();
      return;
    }
    previous.swarm.setLocalState(
        storage.storedIds(previous.swarmId, previous.streamSwarmId), new long[0]);
    int lingerMs = core.streamConfig(previous.stream.type()).p2pInactiveLoaderDestroyTimeoutMs();
    previous.setLingerTimer(
        core.platform()
            .scheduler()
            .schedule(
                () -> {
                  if (loader.current() != previous) {
                    loader.removeSwarm(previous);
                    previous.destroy();
                  }
                },
                lingerMs));
  }

  private StreamSwarm createSwarm(StreamTypeLoader loader, StreamInfo stream) {
    StreamType type = stream.type();
    Supplier<StreamConfig> config = configOf(type);
    String swarmId = swarmIdOf(type);
    String streamSwarmId = SwarmIds.streamSwarmId(swarmId, type, stream.shortId());
    String infoHash = SwarmIds.infoHash(streamSwarmId);
    String peerId = core.peerIds().peerIdFor(infoHash, config.get().trackerClientVersionPrefix());
    PeerConnector connector = core.tracker().join(infoHash, peerId, config);
    CoreStorage storage = core.storage();
    LocalSegments local =
        new LocalSegments() {
          @Override
          public boolean isServable(long externalId) {
            return storage.has(swarmId, streamSwarmId, externalId);
          }

          @Override
          public void read(long externalId, Consumer<byte[]> result) {
            storage.read(swarmId, streamSwarmId, externalId, result);
          }
        };
    Platform p = core.platform();
    P2pSwarm swarm =
        new P2pSwarm(
            connector,
            local,
            config,
            p.clock(),
            p.scheduler(),
            p.random(),
            core.uploadSlots(),
            new SwarmEvents(loader, type));
    StreamSwarm result = new StreamSwarm(stream, swarmId, streamSwarmId, infoHash, peerId, swarm);
    swarm.start();
    return result;
  }

  /** The current config of {@code type}, read anew on every call (dynamic config). */
  private Supplier<StreamConfig> configOf(StreamType type) {
    return () -> core.streamConfig(type);
  }

  private String swarmIdOf(StreamType type) {
    return SwarmIds.swarmId(core.streamConfig(type).swarmId(), core.manifestResponseUrl());
  }

  /** Identifiers of the swarm a segment belongs to: its own stream's, else the current one. */
  private String[] idsOf(StreamTypeLoader loader, Segment segment) {
    StreamRegistry.RegisteredStream owner = core.registry().ownerOf(segment.runtimeId());
    StreamInfo stream = owner != null ? owner.info : loader.currentStream();
    if (stream == null) {
      return null;
    }
    String swarmId = swarmIdOf(stream.type());
    return new String[] {swarmId, SwarmIds.streamSwarmId(swarmId, stream.type(), stream.shortId())};
  }

  /** Storage as one stream type's hybrid loader sees it. */
  private final class StorageView implements StoredSegments {
    private final StreamTypeLoader loader;

    StorageView(StreamTypeLoader loader) {
      this.loader = loader;
    }

    @Override
    public boolean has(Segment segment) {
      String[] ids = idsOf(loader, segment);
      return ids != null && core.storage().has(ids[0], ids[1], segment.externalId());
    }

    @Override
    public void read(Segment segment, Consumer<byte[]> result) {
      String[] ids = idsOf(loader, segment);
      if (ids == null) {
        result.accept(null);
        return;
      }
      core.storage().read(ids[0], ids[1], segment.externalId(), result);
    }

    @Override
    public void store(Segment segment, byte[] data, Consumer<Boolean> onDone) {
      String[] ids = idsOf(loader, segment);
      StreamInfo current = loader.currentStream();
      if (ids == null || current == null) {
        onDone.accept(false);
        return;
      }
      core.storage().store(ids[0], ids[1], segment, current.type(), core.isLive(), data, onDone);
    }

    @Override
    public double freeRatio() {
      return core.storage().freeRatio();
    }

    @Override
    public long[] servableIds() {
      StreamSwarm current = loader.current();
      return current == null
          ? new long[0]
          : core.storage().storedIds(current.swarmId, current.streamSwarmId);
    }
  }

  /** Swarm events turned into engine events and scheduler triggers. */
  private final class SwarmEvents implements SwarmListener {
    private final StreamTypeLoader loader;
    private final StreamType type;

    SwarmEvents(StreamTypeLoader loader, StreamType type) {
      this.loader = loader;
      this.type = type;
    }

    private void peersChanged() {
      if (loader.hybrid() != null) {
        loader.hybrid().onPeersChanged();
      }
    }

    @Override
    public void onPeerConnected(RemotePeer peer) {
      core.events().onPeerConnect(peer.peerId(), type);
      peersChanged();
    }

    @Override
    public void onPeerClosed(RemotePeer peer) {
      core.events().onPeerClose(peer.peerId(), type);
      peersChanged();
    }

    @Override
    public void onPeerAnnouncement(RemotePeer peer) {
      peersChanged();
    }

    @Override
    public void onChunkUploaded(int bytes, String peerId) {
      core.events().onChunkUploaded(bytes, peerId);
    }

    @Override
    public void onPeerError(String peerId, String error) {
      core.events().onPeerError(peerId, type, error);
    }

    @Override
    public void onTrackerWarning(String warning) {
      core.events().onTrackerWarning(type, warning);
    }

    @Override
    public void onTrackerError(String error) {
      core.events().onTrackerError(type, error);
    }
  }
}
