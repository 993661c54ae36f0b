package io.swarmloader.core.http;

import io.swarmloader.core.download.HttpRequestSetup;

/**
 * The player's current HTTP customisation for one stream type, read by each new download attempt
 * (player-integration.md §5.12): {@link #requestSetup()} (hls.js {@code fetchSetup}) is used when
 * the config has no {@code httpRequestSetup}; otherwise the default request carries {@link
 * #settings()} (Shaka's filtered-request headers and credentials). Mutable; owned by the engine.
 */
public final class PlayerHttpState {
  private PlayerHttpSettings settings = PlayerHttpSettings.NONE;
  private HttpRequestSetup requestSetup;

  public PlayerHttpSettings settings() {
    return settings;
  }

  /** Null restores {@link PlayerHttpSettings#NONE}. */
  public void setSettings(PlayerHttpSettings settings) {
    this.settings = settings == null ? PlayerHttpSettings.NONE : settings;
  }

  /** The player's request setup, or null. */
  public HttpRequestSetup requestSetup() {
    return requestSetup;
  }

  /** Null removes it. */
  public void setRequestSetup(HttpRequestSetup requestSetup) {
    this.requestSetup = requestSetup;
  }
}
