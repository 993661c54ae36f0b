package io.swarmloader.core.http;

import io.swarmloader.core.util.OrderedMap;
import java.util.Map;

/**
 * The player's own HTTP customisation for one stream (player-integration.md §5.12, second
 * priority): extra request headers and whether credentials are sent. Adapters derive it from the
 * player (Shaka request filters, hls.js {@code fetchSetup}); {@code httpRequestSetup} still wins.
 *
 * @param headers extra request headers; copied, never null
 * @param withCredentials true for {@code credentials: "include"}
 */
public record PlayerHttpSettings(Map<String, String> headers, boolean withCredentials) {
  /** No extra headers, no credentials. */
  public static final PlayerHttpSettings NONE = new PlayerHttpSettings(new OrderedMap<>(), false);

  public PlayerHttpSettings {
    headers = OrderedMap.copyOf(headers);
  }
}
