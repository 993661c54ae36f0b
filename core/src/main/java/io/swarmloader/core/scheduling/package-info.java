/**
 * The hybrid loader: which segment is downloaded when, over HTTP or from which peer
 * (player-integration.md §5). One {@link io.swarmloader.core.scheduling.HybridLoader} per stream
 * type.
 *
 * <h2>Rules, written down once</h2>
 *
 * <ul>
 *   <li><b>Playback</b> ({@code PlaybackTracker}, §5.2): starts at the first requested segment with
 *       rate 1; a rate of 0 is ignored; a change of more than half the average segment duration is
 *       significant: it marks the pending player request "start immediately" and runs the queue at
 *       once. Other updates run the queue at most once per second.
 *   <li><b>Windows</b> ({@code WindowPlanner}, {@code Windows}, §5.3, §6.4): high demand (15 s),
 *       HTTP (3000 s), P2P (6000 s, and announced by a peer in {@code l} or {@code p}), all times
 *       the rate. At ≤ 10 % free storage the P2P window shrinks to the HTTP window and seeding
 *       stops; at ≤ 5 % both become 0.
 *   <li><b>Queue</b> (§5.4): from the last requested segment forward; a first segment without
 *       status is forced to high demand if the second has one, otherwise the queue is empty; the
 *       walk stops at the first segment without status; stored or downloaded segments are left out
 *       and counted into the download ratio.
 *   <li><b>Pass</b> ({@code QueuePass}, {@code Housekeeping}, §5.5): housekeeping, initial HTTP
 *       hold, "start immediately", then the walk: HTTP preferred for high-demand items (aborting
 *       the furthest-back later HTTP download for a slot, switching a P2P download over and
 *       resuming its bytes), P2P for everything else and for high-demand items HTTP cannot take
 *       (aborting a later P2P download if needed).
 *   <li><b>Slots</b> (§5.6): {@code simultaneousHttpDownloads}, {@code simultaneousP2PDownloads},
 *       one download per peer. <b>Peer choice</b> ({@code PeerChooser}, §5.7) is weighted by
 *       measured speed. <b>HTTP seeding</b> ({@code RandomHttpSeeder}, §5.8) fetches on average
 *       {@code count / (peers + 1)} segments nobody has per tick: those this peer owns by
 *       rendezvous hashing over the connected peers' IDs ({@code SeedOwner}), not a random draw.
 *   <li><b>Failures</b> (§5.9): HTTP failures count towards {@code httpErrorRetries}, after which
 *       the player's request is rejected with {@code failed}; P2P failures never reject it. A
 *       failure history is cleared 60 s after the last failure, and by a new player request.
 *   <li><b>Partial bytes</b> (§5.10, §7 #22): a request keeps its buffer across attempts, over
 *       either transport, and across aborts while its segment stays queued.
 *   <li><b>Passes</b> ({@code ProcessingLoop}, style.md §2.12): every trigger calls {@code
 *       requestPass()}; at most one pass runs per event-loop turn and a request during a pass
 *       schedules the next one.
 * </ul>
 *
 * <h2>Ownership (owns → ; uses ..>)</h2>
 *
 * <pre>
 * HybridLoader → RequestRegistry, LocalStatePublisher, ProcessingLoop, PlaybackTracker,
 *                AttemptLauncher, HttpHold, HttpScheduler, P2pScheduler, PeerChooser,
 *                WindowPlanner, Housekeeping, QueuePass, RandomHttpSeeder
 * HybridLoader ..> HybridLoaderContext: config, clock, scheduler, random, HTTP downloader,
 *                  peers, segments, storage, events, EngineBandwidth, LocalStateListener
 * RequestRegistry → Request → SegmentBuffer, Attempt ..> RemotePeer
 * QueuePass ..> WindowPlanner, Housekeeping, HttpHold, HttpScheduler, P2pScheduler
 * HttpScheduler, P2pScheduler, Housekeeping ..> AttemptLauncher ..> SegmentDownloader,
 *                  RemotePeer, CoreEventListener, EngineBandwidth
 * </pre>
 *
 * Destroying the loader destroys what it owns (timers first, then attempts); it never destroys what
 * it only uses (peers, storage, the engine-wide bandwidth state).
 */
package io.swarmloader.core.scheduling;
