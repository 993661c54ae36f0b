package io.swarmloader.core.scheduling;

import io.swarmloader.core.bandwidth.EngineBandwidth;
import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.download.SegmentDownloader;
import io.swarmloader.core.events.CoreEventListener;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.p2p.RemotePeer;
import io.swarmloader.core.platform.Clock;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.platform.RandomSource;
import io.swarmloader.core.platform.Scheduler;
import java.util.List;
import java.util.function.Supplier;

/**
 * Everything a {@link HybridLoader} uses but does not own.
 *
 * @param streamType the stream type this loader serves
 * @param config the live stream config; read on every use, so dynamic changes apply at once
 * @param httpDownloader HTTP attempts (resuming from a buffer's held bytes)
 * @param peers connected peers of the current stream's swarm
 * @param localPeerId this peer's ID in the current stream's swarm (as its peers see it)
 * @param segments the current stream's segments in playback order
 * @param storage segment storage as the loader sees it
 * @param events engine events; the dispatcher behind it catches listener exceptions
 * @param bandwidth engine-wide estimators and reporter, shared by both stream types
 * @param localState receives {@code l}/{@code p} state for announcements
 */
public record HybridLoaderContext(
    StreamType streamType,
    Supplier<StreamConfig> config,
    Clock clock,
    Scheduler scheduler,
    RandomSource random,
    SegmentDownloader httpDownloader,
    Supplier<List<RemotePeer>> peers,
    Supplier<String> localPeerId,
    StreamSegments segments,
    StoredSegments storage,
    CoreEventListener events,
    EngineBandwidth bandwidth,
    LocalStateListener localState,
    Logger logger) {}
