package io.swarmloader.core;

import io.swarmloader.core.platform.Platform;
import io.swarmloader.core.tracker.TrackerUrlPolicy;

/**
 * What a {@link Core} is built from besides its config: the platform seam, the user agent (memory
 * storage limits, player-integration.md §6.3) and the tracker URL policy of the page.
 */
public record EngineSetup(Platform platform, String userAgent, TrackerUrlPolicy trackerUrlPolicy) {
  public static EngineSetup of(Platform platform) {
    return new EngineSetup(platform, null, TrackerUrlPolicy.DEFAULT);
  }
}
