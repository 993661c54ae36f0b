package io.swarmloader.core.tracker;

/**
 * Page facts that filter tracker URLs (wire-protocol.md §3.1).
 *
 * @param isSecurePage the page is served over https: {@code ws:} trackers are skipped with a
 *     warning
 * @param isFirstTrackerOnly Safari and WKWebView: only the first usable tracker is used
 */
public record TrackerUrlPolicy(boolean isSecurePage, boolean isFirstTrackerOnly) {
  /** No filtering beyond the URL rules themselves. */
  public static final TrackerUrlPolicy DEFAULT = new TrackerUrlPolicy(false, false);
}
