package io.swarmloader.core.tracker;

import io.swarmloader.core.util.ListOps;
import io.swarmloader.core.util.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The tracker URL policy of wire-protocol.md §3.1. */
final class TrackerUrls {
  private TrackerUrls() {}

  /**
   * Usable tracker URLs in configured order: a trailing {@code /} removed, duplicates dropped, only
   * {@code ws:} and {@code wss:}; skipped URLs are reported to {@code warnings}.
   */
  static List<String> normalize(
      List<String> configured, TrackerUrlPolicy policy, Consumer<String> warnings) {
    List<String> usable = new ArrayList<>();
    if (configured == null) {
      return usable;
    }
    for (String raw : configured) {
      if (raw == null) {
        continue;
      }
      String url = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
      boolean isSecure = hasScheme(url, "wss://");
      if (!isSecure && !hasScheme(url, "ws://")) {
        warnings.accept(Text.cat("tracker URL skipped, not ws: or wss: ", raw));
        continue;
      }
      if (!isSecure && policy.isSecurePage()) {
        warnings.accept(Text.cat("tracker URL skipped, ws: on an https: page: ", raw));
        continue;
      }
      if (!ListOps.containsText(usable, url)) {
        usable.add(url);
      }
    }
    if (policy.isFirstTrackerOnly() && usable.size() > 1) {
      List<String> first = new ArrayList<>(1);
      first.add(usable.get(0));
      return first;
    }
    return usable;
  }

  /** ASCII case-insensitive prefix test: URL schemes are case-insensitive. */
  private static boolean hasScheme(String url, String lowerPrefix) {
    if (url.length() < lowerPrefix.length()) {
      return false;
    }
    for (int i = 0; i < lowerPrefix.length(); i++) {
      char c = url.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lowerPrefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
