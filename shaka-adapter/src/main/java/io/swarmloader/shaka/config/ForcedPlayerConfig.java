package io.swarmloader.shaka.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The Shaka configuration {@code bindShakaPlayer} forces (player-integration.md §4.4 item 2, §7 row
 * 15). A pure function of the player's current values, Shaka's defaults and Shaka's version.
 *
 * <ul>
 *   <li>{@code manifest.defaultPresentationDelay = 25} (seconds), to play far enough behind the
 *       live edge for P2P — only while the current value is Shaka's default; an application's own
 *       delay is kept (2.3 overwrote it).
 *   <li>{@code manifest.dash.ignoreSuggestedPresentationDelay = true} — only while it is at Shaka's
 *       default <em>and</em> the delay above is being set. An application that chose its own delay
 *       but left the DASH flag alone keeps Shaka's handling of the MPD's suggested delay, exactly
 *       as without SwarmLoader.
 *   <li>MSE on Safari, always (without MSE there is no P2P): {@code streaming.preferNativeHls =
 *       false} on Shaka 5 and later, {@code streaming.useNativeHlsOnSafari = false} before. An
 *       unreadable version is taken as the newest.
 * </ul>
 *
 * A key missing from the current configuration (null) is never written: Shaka rejects unknown keys.
 */
public final class ForcedPlayerConfig {
  /** The presentation delay SwarmLoader wants, in seconds. */
  public static final double PRESENTATION_DELAY_S = 25;

  /** Shaka's default {@code manifest.defaultPresentationDelay} (0: derive from the manifest). */
  public static final double SHAKA_DEFAULT_PRESENTATION_DELAY_S = 0;

  /** Shaka's default {@code manifest.dash.ignoreSuggestedPresentationDelay}. */
  public static final boolean SHAKA_DEFAULT_IGNORE_SUGGESTED_PRESENTATION_DELAY = false;

  public static final String DEFAULT_PRESENTATION_DELAY = "manifest.defaultPresentationDelay";
  public static final String IGNORE_SUGGESTED_PRESENTATION_DELAY =
      "manifest.dash.ignoreSuggestedPresentationDelay";
  public static final String PREFER_NATIVE_HLS = "streaming.preferNativeHls";
  public static final String USE_NATIVE_HLS_ON_SAFARI = "streaming.useNativeHlsOnSafari";

  /** The values read from the player (current) or from Shaka's defaults; null when missing. */
  public static final class Values {
    /** Shaka's defaults as documented in Shaka 4.2 to 5.x. */
    public static final Values SHAKA_DEFAULTS =
        new Values(
            SHAKA_DEFAULT_PRESENTATION_DELAY_S, SHAKA_DEFAULT_IGNORE_SUGGESTED_PRESENTATION_DELAY);

    private final Double defaultPresentationDelay;
    private final Boolean ignoreSuggestedPresentationDelay;

    public Values(Double defaultPresentationDelay, Boolean ignoreSuggestedPresentationDelay) {
      this.defaultPresentationDelay = defaultPresentationDelay;
      this.ignoreSuggestedPresentationDelay = ignoreSuggestedPresentationDelay;
    }

    /** {@code manifest.defaultPresentationDelay} in seconds, or null. */
    public Double defaultPresentationDelay() {
      return defaultPresentationDelay;
    }

    /** {@code manifest.dash.ignoreSuggestedPresentationDelay}, or null. */
    public Boolean ignoreSuggestedPresentationDelay() {
      return ignoreSuggestedPresentationDelay;
    }
  }

  private ForcedPlayerConfig() {}

  /**
   * The writes to make, in order.
   *
   * @param current the player's current values ({@code player.getConfiguration()})
   * @param defaults Shaka's defaults, e.g. {@link Values#SHAKA_DEFAULTS}
   * @param shakaVersion {@code shaka.Player.version}
   */
  public static List<ConfigWrite> writes(Values current, Values defaults, String shakaVersion) {
    List<ConfigWrite> out = new ArrayList<>();
    Double delay = current.defaultPresentationDelay();
    boolean settingDelay = delay != null && delay.equals(defaults.defaultPresentationDelay());
    if (settingDelay) {
      out.add(new ConfigWrite(DEFAULT_PRESENTATION_DELAY, PRESENTATION_DELAY_S));
    }
    Boolean ignore = current.ignoreSuggestedPresentationDelay();
    if (settingDelay
        && ignore != null
        && ignore.equals(defaults.ignoreSuggestedPresentationDelay())) {
      out.add(new ConfigWrite(IGNORE_SUGGESTED_PRESENTATION_DELAY, Boolean.TRUE));
    }
    int major = ShakaVersion.major(shakaVersion);
    boolean modern = major == ShakaVersion.UNKNOWN || major >= 5;
    out.add(new ConfigWrite(modern ? PREFER_NATIVE_HLS : USE_NATIVE_HLS_ON_SAFARI, Boolean.FALSE));
    return out;
  }
}
