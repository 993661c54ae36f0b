/**
 * Bandwidth estimation and the figure handed to the player (player-integration.md §5.13). Two
 * engine-wide {@link io.swarmloader.core.bandwidth.BandwidthEstimator}s (all downloads, HTTP only)
 * live in one {@link io.swarmloader.core.bandwidth.EngineBandwidth}, shared by both stream types'
 * loaders, together with the {@link io.swarmloader.core.bandwidth.BandwidthReporter}.
 */
package io.swarmloader.core.bandwidth;
