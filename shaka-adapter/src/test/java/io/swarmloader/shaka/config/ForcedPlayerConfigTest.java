package io.swarmloader.shaka.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmloader.shaka.config.ForcedPlayerConfig.Values;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForcedPlayerConfigTest {
  private static final String DELAY = "manifest.defaultPresentationDelay" + "=" + 25.0;
  private static final String IGNORE_SUGGESTED =
      "manifest.dash.ignoreSuggestedPresentationDelay" + "=" + true;
  private static final String PREFER_NATIVE_HLS = "streaming.preferNativeHls" + "=" + false;
  private static final String USE_NATIVE_HLS_ON_SAFARI =
      "streaming.useNativeHlsOnSafari" + "=" + false;

  /** The writes as {@code path=value}. */
  private static List<String> writes(Double delay, Boolean ignore, String version) {
    return texts(
        ForcedPlayerConfig.writes(new Values(delay, ignore), Values.SHAKA_DEFAULTS, version));
  }

  private static List<String> texts(List<ConfigWrite> writes) {
    List<String> out = new ArrayList<>();
    for (ConfigWrite w : writes) {
      out.add(w.path() + "=" + w.value());
    }
    return out;
  }

  @Test
  void atShakaDefaultsEverythingIsSet() {
    assertEquals(
        List.of(DELAY, IGNORE_SUGGESTED, PREFER_NATIVE_HLS), writes(0.0, false, "v5.2.12"));
  }

  @Test
  void anApplicationsOwnDelayIsKept() {
    // §7 row 15: 2.3 overwrote both values.
    assertEquals(List.of(PREFER_NATIVE_HLS), writes(10.0, false, "v5.2.12"));
  }

  @Test
  void anApplicationThatIgnoresTheSuggestedDelayStillGetsOurDelay() {
    assertEquals(List.of(DELAY, PREFER_NATIVE_HLS), writes(0.0, true, "v5.0.0"));
  }

  @Test
  void shakaBeforeFiveTurnsOffNativeHlsOnSafariInstead() {
    assertEquals(
        List.of(DELAY, IGNORE_SUGGESTED, USE_NATIVE_HLS_ON_SAFARI), writes(0.0, false, "v4.3.6"));
    assertEquals(List.of(USE_NATIVE_HLS_ON_SAFARI), writes(30.0, true, "v4.2.0"));
  }

  @Test
  void anUnreadableVersionIsTakenAsTheNewest() {
    assertEquals(List.of(PREFER_NATIVE_HLS), writes(5.0, false, "nightly"));
  }

  @Test
  void keysMissingFromTheConfigurationAreNeverWritten() {
    assertEquals(List.of(PREFER_NATIVE_HLS), writes(null, false, "v5.1.0"));
    assertEquals(List.of(DELAY, PREFER_NATIVE_HLS), writes(0.0, null, "v5.1.0"));
  }

  @Test
  void theDefaultsAreInputs() {
    Values otherDefaults = new Values(3.0, true);

    assertEquals(
        List.of(DELAY, IGNORE_SUGGESTED, PREFER_NATIVE_HLS),
        texts(ForcedPlayerConfig.writes(new Values(3.0, true), otherDefaults, "v5.2.12")));
  }
}
