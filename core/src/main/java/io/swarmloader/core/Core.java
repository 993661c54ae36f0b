package io.swarmloader.core;

import io.swarmloader.core.bandwidth.EngineBandwidth;
import io.swarmloader.core.config.ConfigExport;
import io.swarmloader.core.config.ConfigParser;
import io.swarmloader.core.config.EngineConfig;
import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.download.HttpRequestSetup;
import io.swarmloader.core.error.CoreRequestError;
import io.swarmloader.core.events.CoreEventListener;
import io.swarmloader.core.events.EventDispatcher;
import io.swarmloader.core.events.Subscription;
import io.swarmloader.core.http.PlayerHttpSettings;
import io.swarmloader.core.http.PlayerHttpState;
import io.swarmloader.core.id.PeerIdCache;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.model.StreamInfo;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.p2p.UploadSlots;
import io.swarmloader.core.platform.Platform;
import io.swarmloader.core.scheduling.PlayerRequestCallback;
import io.swarmloader.core.tracker.TrackerClient;
import io.swarmloader.core.util.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The engine facade used by both adapters (player-integration.md §2). Adapters register streams and
 * segments, route the player's segment requests here and report playback; the engine decides
 * between HTTP and peers, stores segments and shares them.
 *
 * <p>All methods run on the event loop and never throw for bad input: an unknown segment is
 * rejected through its callback. {@link #destroy()} clears the per-source state (streams, loaders,
 * peers, storage, manifest URL, live flag, bitrate) but keeps listeners, so the engine can be used
 * again for the next source.
 */
public final class Core {
  private final EngineSetup setup;
  private final Platform platform;
  private final ConfigParser parser;
  private final EventDispatcher events;
  private final EngineBandwidth bandwidth;
  private final UploadSlots uploadSlots;
  private final StreamRegistry registry = new StreamRegistry();
  private final CoreStorage storage;
  // Per stream type, indexed by StreamType.ordinal() (plain arrays keep EnumMap out of the bundle).
  private final StreamTypeLoader[] loaders = new StreamTypeLoader[StreamType.values().length];
  private final PlayerHttpState[] playerHttp = new PlayerHttpState[StreamType.values().length];
  private final SwarmFactory swarms;

  private EngineConfig config;
  private PeerIdCache peerIds;
  private TrackerClient tracker;
  private String manifestResponseUrl;
  private boolean isLive;
  private double activeLevelBitrateBps;

  public Core(EngineSetup setup, EngineConfig config) {
    this.setup = setup;
    this.platform = setup.platform();
    this.config = config;
    this.parser = new ConfigParser(platform.text());
    this.events = new EventDispatcher(platform.logger());
    this.bandwidth = new EngineBandwidth(platform.clock());
    this.uploadSlots = new UploadSlots(() -> this.config.main().maxConcurrentUploads());
    this.storage = new CoreStorage(setup.userAgent(), this::onStorageChanged);
    this.peerIds = new PeerIdCache(platform.random());
    this.swarms = new SwarmFactory(this);
    for (StreamType type : StreamType.values()) {
      playerHttp[type.ordinal()] = new PlayerHttpState();
    }
  }

  // --- configuration and events -------------------------------------------------------------

  public EngineConfig config() {
    return config;
  }

  StreamConfig streamConfig(StreamType type) {
    return config.stream(type);
  }

  /** The {@code getConfig()} tree (player-integration.md §1.4), a fresh deep copy. */
  public Map<String, Object> getConfig() {
    return ConfigExport.toJsTree(config);
  }

  /**
   * Applies a dynamic config tree {@code {core: {...}}}. Throws {@code ConfigException} naming the
   * key for invalid values; nothing changes then.
   */
  public List<String> applyDynamicConfig(Map<String, Object> dynamicRoot) {
    List<String> warnings = new ArrayList<>();
    EngineConfig previous = config;
    config = parser.applyDynamicConfig(config, dynamicRoot, warnings);
    for (StreamType type : StreamType.values()) {
      StreamConfig before = previous.stream(type);
      StreamConfig after = config.stream(type);
      StreamTypeLoader loader = loaders[type.ordinal()];
      if (loader == null) {
        continue;
      }
      if (after.isP2PDisabled() && !before.isP2PDisabled()) {
        loader.destroy();
        loaders[type.ordinal()] = null;
        continue;
      }
      if (after.isP2PUploadDisabled() != before.isP2PUploadDisabled()) {
        for (StreamSwarm s : loader.swarms()) {
          s.swarm.setUploadDisabled(after.isP2PUploadDisabled());
        }
      }
      if (loader.hybrid() != null) {
        loader.hybrid().onPeersChanged();
      }
    }
    return warnings;
  }

  public Subscription addEventListener(CoreEventListener listener) {
    return events.addListener(listener);
  }

  EventDispatcher events() {
    return events;
  }

  Platform platform() {
    return platform;
  }

  // --- source, streams and segments ---------------------------------------------------------

  /** The manifest URL after redirects; cut at the first '?' it is the default swarm ID. */
  /**
   * The player's headers and credentials for the engine's own downloads of {@code type}
   * (player-integration.md §5.12, second priority: Shaka's filtered request), used by downloads
   * started afterwards; null clears them. The config's {@code httpRequestSetup} still wins.
   */
  public void setPlayerHttpSettings(StreamType type, PlayerHttpSettings settings) {
    playerHttp[type.ordinal()].setSettings(settings);
  }

  /**
   * The player's own request setup (§5.12, third priority: hls.js {@code fetchSetup}) for downloads
   * started afterwards, used when the config has no {@code httpRequestSetup}; null removes it.
   */
  public void setPlayerRequestSetup(HttpRequestSetup setup) {
    for (PlayerHttpState state : playerHttp) {
      state.setRequestSetup(setup);
    }
  }

  PlayerHttpState playerHttp(StreamType type) {
    return playerHttp[type.ordinal()];
  }

  public void setManifestResponseUrl(String url) {
    this.manifestResponseUrl = url;
  }

  public String manifestResponseUrl() {
    return manifestResponseUrl;
  }

  public void setIsLive(boolean isLive) {
    this.isLive = isLive;
  }

  boolean isLive() {
    return isLive;
  }

  /** Registers a stream; idempotent by runtime ID. Returns true when it was added. */
  public boolean addStreamIfNoneExists(StreamInfo stream) {
    return registry.addIfAbsent(stream);
  }

  public StreamInfo getStream(String runtimeId) {
    StreamRegistry.RegisteredStream s = registry.stream(runtimeId);
    return s == null ? null : s.info;
  }

  /** Segments of a stream in playback order (a snapshot). */
  public List<Segment> getSegments(String streamRuntimeId) {
    StreamRegistry.RegisteredStream s = registry.stream(streamRuntimeId);
    return s == null ? new ArrayList<>() : s.segments();
  }

  /** Adds new segments (known ones skipped) and removes others by runtime ID. */
  public void updateStream(String streamRuntimeId, List<Segment> add, List<String> removeIds) {
    registry.update(streamRuntimeId, add, removeIds);
    for (StreamTypeLoader loader : loaders) {
      StreamInfo current = loader == null ? null : loader.currentStream();
      if (current != null
          && current.runtimeId().equals(streamRuntimeId)
          && loader.hybrid() != null) {
        loader.hybrid().onSegmentsChanged();
      }
    }
  }

  public boolean hasSegment(String runtimeId) {
    return registry.segment(runtimeId) != null;
  }

  /** Known, manifest URL set, and P2P not disabled for its stream type. Never throws. */
  public boolean isSegmentLoadable(String runtimeId) {
    StreamRegistry.RegisteredStream owner = registry.ownerOf(runtimeId);
    return owner != null
        && manifestResponseUrl != null
        && !config.stream(owner.info.type()).isP2PDisabled();
  }

  // --- loading --------------------------------------------------------------------------------

  /**
   * Loads a segment for the player (§5.9). {@code callback} gets the data and the bandwidth in bits
   * per second, or a {@link CoreRequestError}. One pending request per stream type: a newer one
   * aborts the previous one.
   */
  public void loadSegment(String runtimeId, PlayerRequestCallback callback) {
    Segment segment = registry.segment(runtimeId);
    if (segment == null || !isSegmentLoadable(runtimeId)) {
      callback.onError(
          new CoreRequestError(
              CoreRequestError.Kind.FAILED, Text.cat("segment is not loadable: ", runtimeId)));
      return;
    }
    StreamInfo stream = registry.ownerOf(runtimeId).info;
    storage.ensure(config, isLive, () -> loadWhenStorageReady(segment, stream, callback));
  }

  private void loadWhenStorageReady(
      Segment segment, StreamInfo stream, PlayerRequestCallback callback) {
    if (registry.segment(segment.runtimeId()) == null || manifestResponseUrl == null) {
      callback.onError(
          new CoreRequestError(CoreRequestError.Kind.ABORTED, "source changed while loading"));
      return;
    }
    StreamTypeLoader loader = loaderFor(stream.type());
    swarms.switchTo(loader, stream);
    StreamSwarm current = loader.current();
    storage.onSegmentRequested(
        current.swarmId, current.streamSwarmId, segment, stream.type(), isLive);
    loader.hybrid().loadSegment(segment, callback);
  }

  /** Aborts the pending player request if it is this segment's; the download may continue. */
  public void abortSegmentLoading(String runtimeId) {
    StreamRegistry.RegisteredStream owner = registry.ownerOf(runtimeId);
    if (owner == null) {
      return;
    }
    StreamTypeLoader loader = loaders[owner.info.type().ordinal()];
    if (loader != null && loader.hybrid() != null) {
      loader.hybrid().abortSegmentLoading(runtimeId);
    }
  }

  /** Playhead in the player's media time, in seconds; a rate of 0 is ignored. */
  public void updatePlayback(double position, double rate) {
    for (StreamTypeLoader loader : loaders) {
      if (loader != null && loader.hybrid() != null) {
        loader.hybrid().updatePlayback(position, rate);
      }
    }
    storage.onPlaybackUpdated(position, rate);
  }

  public void setActiveLevelBitrate(double bitrateBps) {
    if (bitrateBps == activeLevelBitrateBps) {
      return;
    }
    activeLevelBitrateBps = bitrateBps;
    for (StreamTypeLoader loader : loaders) {
      if (loader != null && loader.hybrid() != null) {
        loader.hybrid().setActiveLevelBitrate(bitrateBps);
      }
    }
  }

  private StreamTypeLoader loaderFor(StreamType type) {
    StreamTypeLoader loader = loaders[type.ordinal()];
    if (loader == null) {
      loader = new StreamTypeLoader(registry);
      loaders[type.ordinal()] = loader;
      loader.setHybrid(swarms.createHybrid(loader, type));
    }
    return loader;
  }

  // --- shared parts for the swarm factory ---------------------------------------------------

  CoreStorage storage() {
    return storage;
  }

  EngineBandwidth bandwidth() {
    return bandwidth;
  }

  UploadSlots uploadSlots() {
    return uploadSlots;
  }

  PeerIdCache peerIds() {
    return peerIds;
  }

  StreamRegistry registry() {
    return registry;
  }

  TrackerClient tracker() {
    if (tracker == null) {
      tracker = TrackerClient.create(platform, setup.trackerUrlPolicy());
    }
    return tracker;
  }

  private void onStorageChanged(String streamSwarmId) {
    for (StreamTypeLoader loader : loaders) {
      StreamSwarm swarm = loader == null ? null : loader.swarmByStreamSwarmId(streamSwarmId);
      if (swarm == null) {
        continue;
      }
      if (swarm == loader.current() && loader.hybrid() != null) {
        loader.hybrid().onStorageChanged();
      } else {
        swarm.swarm.setLocalState(
            storage.storedIds(swarm.swarmId, swarm.streamSwarmId), new long[0]);
      }
    }
  }

  // --- lifecycle ------------------------------------------------------------------------------

  /** Clears all per-source state; listeners stay. Idempotent. */
  public void destroy() {
    for (StreamTypeLoader loader : loaders) {
      if (loader != null) {
        loader.destroy();
      }
    }
    Arrays.fill(loaders, null);
    if (tracker != null) {
      tracker.destroy();
      tracker = null;
    }
    storage.destroy();
    registry.clear();
    peerIds.destroy();
    peerIds = new PeerIdCache(platform.random());
    manifestResponseUrl = null;
    isLive = false;
    activeLevelBitrateBps = 0;
  }
}
