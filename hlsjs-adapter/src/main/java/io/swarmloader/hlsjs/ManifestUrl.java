package io.swarmloader.hlsjs;

/**
 * The manifest URL after redirects (player-integration.md §3.6): the response URL read from {@code
 * networkDetails} ({@code XMLHttpRequest.responseURL} or fetch {@code Response.url}); when a custom
 * loader gives neither, the request URL {@code data.url} with a warning, since redirects cannot be
 * seen then (§7 #7; 2.3 leaves P2P off silently). Pure.
 */
record ManifestUrl(String url, boolean isFallback) {
  /** The URL to use, or null when neither is known. */
  static ManifestUrl choose(String responseUrl, String requestUrl) {
    if (responseUrl != null && !responseUrl.isEmpty()) {
      return new ManifestUrl(responseUrl, false);
    }
    if (requestUrl != null && !requestUrl.isEmpty()) {
      return new ManifestUrl(requestUrl, true);
    }
    return null;
  }
}
