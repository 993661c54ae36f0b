package io.swarmloader.core.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackerUrlsTest {
  private final List<String> warnings = new ArrayList<>();

  @Test
  void normalize_trailingSlashRemovedDuplicatesDroppedOrderKept() {
    List<String> urls =
        TrackerUrls.normalize(
            List.of("wss://b.test/", "ws://a.test", "wss://b.test", "WSS://c.test/path/"),
            TrackerUrlPolicy.DEFAULT,
            warnings::add);

    assertEquals(List.of("wss://b.test", "ws://a.test", "WSS://c.test/path"), urls);
    assertEquals(List.of(), warnings);
  }

  @Test
  void normalize_nonWebSocketSchemesSkippedWithWarning() {
    List<String> urls =
        TrackerUrls.normalize(
            Arrays.asList("https://x.test", "udp://y.test:80", null, "wss:/broken", "wss://ok"),
            TrackerUrlPolicy.DEFAULT,
            warnings::add);

    assertEquals(List.of("wss://ok"), urls);
    assertEquals(3, warnings.size());
  }

  @Test
  void normalize_securePage_skipsWsWithWarning() {
    List<String> urls =
        TrackerUrls.normalize(
            List.of("ws://plain.test", "wss://secure.test"),
            new TrackerUrlPolicy(/* isSecurePage= */ true, /* isFirstTrackerOnly= */ false),
            warnings::add);

    assertEquals(List.of("wss://secure.test"), urls);
    assertEquals(1, warnings.size());
  }

  @Test
  void normalize_firstTrackerOnly_keepsFirstUsable() {
    List<String> urls =
        TrackerUrls.normalize(
            List.of("http://skip.test", "wss://one.test", "wss://two.test"),
            new TrackerUrlPolicy(/* isSecurePage= */ false, /* isFirstTrackerOnly= */ true),
            warnings::add);

    assertEquals(List.of("wss://one.test"), urls);
  }

  @Test
  void normalize_null_empty() {
    assertEquals(List.of(), TrackerUrls.normalize(null, TrackerUrlPolicy.DEFAULT, warnings::add));
  }
}
