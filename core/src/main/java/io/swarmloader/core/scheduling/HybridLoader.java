package io.swarmloader.core.scheduling;

import io.swarmloader.core.error.CoreRequestError;
import io.swarmloader.core.model.Segment;
import java.util.List;
import java.util.function.Supplier;

/**
 * The hybrid (HTTP + P2P) loader of one stream type (player-integration.md §5). Created by the Core
 * on the first {@code loadSegment} of that type; composes the {@link PlaybackTracker}, {@link
 * WindowPlanner}, {@link RequestRegistry}, {@link HttpScheduler}, {@link P2pScheduler}, {@link
 * RandomHttpSeeder} and {@link ProcessingLoop}. See the package documentation for the rules.
 *
 * <p>The Core's part of {@code loadSegment} (§5.9 step 1: switching the current swarm, {@code
 * onSegmentRequested} on the storage) happens before it calls {@link #loadSegment}; when the
 * current stream switches it updates the {@link StreamSegments}, the peers supplier and the storage
 * view, then calls {@link #onPeersChanged()}.
 *
 * <p>All methods run on the event loop and return quickly; callbacks to the player come either from
 * a storage read or from a queue pass, never re-entrantly from a trigger except for a storage hit
 * answered synchronously by the storage. After {@link #destroy()} nothing fires and no task stays
 * scheduled.
 */
public final class HybridLoader {
  private final HybridLoaderContext context;
  private final RequestRegistry registry = new RequestRegistry();
  private final LocalStatePublisher publisher;
  private final ProcessingLoop loop;
  private final PlaybackTracker tracker;
  private final AttemptLauncher launcher;
  private final HttpHold hold;
  private final WindowPlanner planner;
  private final QueuePass pass;
  private final RandomHttpSeeder seeder;

  private boolean destroyed;

  public HybridLoader(HybridLoaderContext context) {
    this.context = context;
    this.publisher =
        new LocalStatePublisher(
            context.storage(), registry, context.segments(), context.localState());
    this.loop = new ProcessingLoop(context.scheduler(), this::runPass);
    this.tracker = new PlaybackTracker(context.clock(), context.scheduler(), loop);
    this.launcher =
        new AttemptLauncher(
            context.streamType(),
            context.clock(),
            context.httpDownloader(),
            context.events(),
            context.bandwidth(),
            publisher,
            loop);
    this.hold = new HttpHold(context.clock(), context.scheduler(), context.config(), loop);
    HttpScheduler http = new HttpScheduler(context.config(), registry, launcher, hold);
    P2pScheduler p2p =
        new P2pScheduler(
            context.config(),
            registry,
            launcher,
            new PeerChooser(context.random()),
            context.peers());
    this.planner = new WindowPlanner(context.segments(), context.storage(), context.peers());
    Housekeeping housekeeping = new Housekeeping(context, registry, launcher, publisher, loop);
    Supplier<DownloadQueue> queueBuilder = this::buildQueue;
    this.pass =
        new QueuePass(registry, queueBuilder, housekeeping, hold, http, p2p, launcher, loop);
    this.seeder =
        new RandomHttpSeeder(
            context.scheduler(),
            context.random(),
            context.config(),
            context.peers(),
            context.localPeerId(),
            context.storage(),
            http,
            registry,
            queueBuilder);
    tracker.setAverageSegmentDurationOnce(averageDurationS(context.segments()));
    seeder.start();
  }

  /**
   * The player asks for a segment (§5.9). A stored segment is delivered at once, without events.
   * Otherwise the previous pending request is rejected with {@code aborted}, this one becomes
   * pending, its failure history is cleared, and the queue runs.
   */
  public void loadSegment(Segment segment, PlayerRequestCallback callback) {
    PlayerRequest player = new PlayerRequest(segment, callback, context.logger());
    if (destroyed) {
      player.reject(CoreRequestError.Kind.ABORTED, "loader destroyed");
      return;
    }
    if (!tracker.hasAverageSegmentDuration()) {
      tracker.setAverageSegmentDurationOnce(averageDurationS(context.segments()));
    }
    tracker.startAtIfUnpositioned(segment.startTime());
    if (!context.storage().has(segment)) {
      makePending(player);
      return;
    }
    registry.setLastRequested(segment);
    context
        .storage()
        .read(
            segment,
            data -> {
              if (destroyed) {
                return;
              }
              if (data == null) {
                makePending(player);
                return;
              }
              player.resolve(data, context.bandwidth().reporter().bandwidthBps(queueRatio()));
              loop.requestPass();
            });
  }

  /** Aborts the pending player request if it is for this segment; its download continues. */
  public void abortSegmentLoading(String runtimeId) {
    PlayerRequest player = registry.pending();
    if (destroyed || player == null || !player.isFor(runtimeId)) {
      return;
    }
    registry.clearPending();
    player.reject(CoreRequestError.Kind.ABORTED, "aborted by the player");
  }

  /** Playhead in seconds of media time; a rate of 0 is ignored (§5.2). */
  public void updatePlayback(double positionS, double rate) {
    if (destroyed) {
      return;
    }
    if (tracker.update(positionS, rate)) {
      PlayerRequest player = registry.pending();
      if (player != null) {
        player.startImmediately = true;
      }
      loop.requestPass();
    }
  }

  /** Current variant bitrate; a change marks a level switch (§5.13). Engine-wide. */
  public void setActiveLevelBitrate(double bitrateBps) {
    context.bandwidth().reporter().setActiveLevelBitrate(bitrateBps);
  }

  /** Peers of the current swarm connected, closed or announced. */
  public void onPeersChanged() {
    loop.requestPass();
  }

  /** The current stream's segment list changed (playlist update or stream switch). */
  public void onSegmentsChanged() {
    publisher.publish();
    loop.requestPass();
  }

  /** Storage added or evicted segments of the current stream. */
  public void onStorageChanged() {
    publisher.publish();
    loop.requestPass();
  }

  /** Share of the last queue walk already stored or downloaded (§5.4), 0 to 1. */
  public double queueDownloadRatio() {
    return queueRatio();
  }

  /**
   * Stops everything: rejects the pending player request with {@code aborted}, aborts every attempt
   * (with {@code onSegmentAbort}), cancels all timers. Idempotent; safe from inside a callback.
   */
  public void destroy() {
    if (destroyed) {
      return;
    }
    destroyed = true;
    seeder.destroy();
    hold.destroy();
    tracker.destroy();
    loop.destroy();
    publisher.destroy();
    launcher.destroy();
    PlayerRequest player = registry.pending();
    registry.clearPending();
    for (Request request : registry.snapshot()) {
      launcher.abort(request);
      registry.remove(request);
    }
    if (player != null) {
      player.reject(CoreRequestError.Kind.ABORTED, "loader destroyed");
    }
  }

  private void makePending(PlayerRequest player) {
    registry.replacePending(player);
    registry.getOrCreate(player.segment).clearFailureHistory();
    loop.requestPass();
  }

  private void runPass() {
    pass.run();
  }

  private DownloadQueue buildQueue() {
    return planner.plan(
        registry.lastRequested(),
        tracker.positionS(),
        tracker.rate(),
        context.config().get(),
        registry::isSucceeded);
  }

  private double queueRatio() {
    return pass.lastQueue().downloadRatio();
  }

  private static double averageDurationS(StreamSegments segments) {
    List<Segment> list = segments.inPlaybackOrder();
    if (list.isEmpty()) {
      return 0;
    }
    double total = 0;
    for (Segment segment : list) {
      total += segment.durationS();
    }
    return total / list.size();
  }
}
