package io.swarmloader.hlsjs;

/**
 * The manifest URL after redirects (player-integration.md §3.6): the response URL read from {@code
 * networkDetails} ({@code XMLHttpRequest.responseURL} or fetch {@code Response.url}); when a custom
 * loader gives neither, the request URL {@code data.url} with a warning, since redirects cannot be
 * seen then (§7 #7; 2.3 leaves P2P off silently). Pure. Static methods rather than a result object:
 * its class would ship in the bundle.
 */
final class ManifestUrl {
  private ManifestUrl() {}

  /** The URL to use, or null when neither is known. */
  static String choose(String responseUrl, String requestUrl) {
    return isFallback(responseUrl) ? (isKnown(requestUrl) ? requestUrl : null) : responseUrl;
  }

  /** True when {@link #choose} falls back to the request URL (the response URL is unknown). */
  static boolean isFallback(String responseUrl) {
    return !isKnown(responseUrl);
  }

  private static boolean isKnown(String url) {
    return url != null && !url.isEmpty();
  }
}
