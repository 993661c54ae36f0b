package io.swarmloader.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openqa.selenium.json.Json;

/**
 * A typed view of one page's {@code window.__result} snapshot (see {@code probe.js} for the
 * fields). Numbers arrive as {@code Long} or {@code Double}, so everything is read through {@link
 * Number} (browser-testing.md §4.5).
 */
final class PageResult {
  private final String tag;
  private final Map<String, Object> raw;

  PageResult(String tag, Map<String, Object> raw) {
    this.tag = tag;
    this.raw = raw == null ? Map.of() : raw;
  }

  String tag() {
    return tag;
  }

  Map<String, Object> raw() {
    return raw;
  }

  String code() {
    return String.valueOf(raw.get("code"));
  }

  String reason() {
    Object r = raw.get("reason");
    return r == null ? "" : r.toString();
  }

  long httpBytes() {
    return num(map("bytes").get("http"));
  }

  long p2pBytes() {
    return num(map("bytes").get("p2p"));
  }

  long uploadedBytes() {
    return num(raw.get("uploadedBytes"));
  }

  /** Share of downloaded segment bytes that came from peers, 0..1 (the offload ratio). */
  double p2pShare() {
    long total = httpBytes() + p2pBytes();
    return total == 0 ? 0 : (double) p2pBytes() / total;
  }

  Map<String, Long> p2pBytesByPeer() {
    Map<String, Long> out = new LinkedHashMap<>();
    map("p2pByPeer").forEach((k, v) -> out.put(k, num(v)));
    return out;
  }

  long segments(String source) {
    return num(map("seg").get(source));
  }

  /**
   * Segments the player received whose bytes came over P2P: those onSegmentLoaded reported with
   * source p2p, plus those whose latest download attempt was a P2P one that neither failed nor was
   * aborted (prefetched segments, for which onSegmentLoaded does not fire).
   */
  Set<String> p2pDeliveredUrls() {
    Set<String> out = new TreeSet<>();
    if (map("segUrls").get("p2p") instanceof List<?> list) {
      list.forEach(u -> out.add(String.valueOf(u)));
    }
    Set<String> received = hashes().keySet();
    map("lastAttempt")
        .forEach(
            (url, source) -> {
              if ("p2p".equals(source) && received.contains(url)) {
                out.add(url);
              }
            });
    return out;
  }

  /** How many of {@link #p2pDeliveredUrls} contain one of {@code markers}. */
  long p2pDeliveredMatching(List<String> markers) {
    return p2pDeliveredUrls().stream().filter(u -> markers.stream().anyMatch(u::contains)).count();
  }

  /** Stall episodes after playback started (currentTime stuck >= 1 s outside seeks). */
  List<Map<String, Object>> stalls() {
    return listOfMaps("stalls");
  }

  long waitingEvents() {
    return num(raw.get("waiting"));
  }

  List<String> fatalErrors() {
    return strings("fatal");
  }

  List<String> errors() {
    return strings("errors");
  }

  List<String> mediaErrors() {
    return strings("mediaErrors");
  }

  /** [ms, currentTime] of pause events before the end; pages never pause on their own. */
  List<String> pauses() {
    return strings("pauses");
  }

  List<String> uncaught() {
    return strings("uncaught");
  }

  List<String> logs() {
    return strings("logs");
  }

  List<String> hashConflicts() {
    return strings("hashConflicts");
  }

  /** Fragment URL → SHA-256 hex of the bytes hls.js received. */
  Map<String, String> hashes() {
    Map<String, String> out = new LinkedHashMap<>();
    map("hashes").forEach((k, v) -> out.put(k, String.valueOf(v)));
    return out;
  }

  long fragsLoaded() {
    return num(raw.get("fragsLoaded"));
  }

  Long playingAtMs() {
    Object v = raw.get("playingAtMs");
    return v == null ? null : num(v);
  }

  /** [ms since page start, currentTime, readyState, paused, buffered ahead] every second. */
  List<List<Number>> samples() {
    List<List<Number>> out = new ArrayList<>();
    Object s = raw.get("samples");
    if (s instanceof List<?> list) {
      for (Object row : list) {
        List<Number> r = new ArrayList<>();
        for (Object x : (List<?>) row) {
          r.add((Number) x);
        }
        out.add(r);
      }
    }
    return out;
  }

  double lastCurrentTime() {
    List<List<Number>> s = samples();
    return s.isEmpty() ? 0 : s.get(s.size() - 1).get(1).doubleValue();
  }

  /**
   * Playback rate: media time advanced over wall time, from {@code skipMs} after playback started
   * to the last sample (see {@link #rateOver}); NaN before playback started.
   */
  double playbackRate(long skipMs) {
    Long start = playingAtMs();
    if (start == null) {
      return Double.NaN;
    }
    return rateOver(
        samples().stream().filter(r -> r.get(0).longValue() >= start + skipMs).toList());
  }

  /** Playback rate over the samples taken at or after {@code epochMs} (the machine's clock). */
  double playbackRateSince(long epochMs) {
    if (playingAtMs() == null) {
      return Double.NaN;
    }
    return rateOver(
        samples().stream().filter(r -> r.size() > 5 && r.get(5).longValue() >= epochMs).toList());
  }

  /**
   * Media seconds advanced per wall second over consecutive samples, leaving out intervals that
   * contain a seek jump; NaN with fewer than 5 s of samples.
   */
  private static double rateOver(List<List<Number>> rows) {
    double mediaS = 0;
    double wallS = 0;
    List<Number> prev = null;
    for (List<Number> row : rows) {
      if (prev != null) {
        double dt = (row.get(0).doubleValue() - prev.get(0).doubleValue()) / 1000;
        double dm = row.get(1).doubleValue() - prev.get(1).doubleValue();
        if (dm >= 0 && dm <= dt + 1) {
          mediaS += dm;
          wallS += dt;
        }
      }
      prev = row;
    }
    return wallS < 5 ? Double.NaN : mediaS / wallS;
  }

  /** Playback rate per {@code stepMs} window after start, for printing. */
  List<Double> rateSeries(long stepMs) {
    List<Double> out = new ArrayList<>();
    List<List<Number>> s = samples();
    Long start = playingAtMs();
    if (start == null) {
      return out;
    }
    List<Number> prev = null;
    for (List<Number> row : s) {
      if (row.get(0).longValue() < start) {
        continue;
      }
      if (prev == null) {
        prev = row;
      } else if (row.get(0).longValue() - prev.get(0).longValue() >= stepMs) {
        double wall = (row.get(0).doubleValue() - prev.get(0).doubleValue()) / 1000;
        out.add(
            Math.round((row.get(1).doubleValue() - prev.get(1).doubleValue()) / wall * 100)
                / 100.0);
        prev = row;
      }
    }
    return out;
  }

  long eventCount(String name) {
    return num(map("eventCounts").get(name));
  }

  /** Entries of the event log with this name ({@code ms, name, url, source, peer, error...}). */
  List<Map<String, Object>> events(String name) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> e : listOfMaps("eventLog")) {
      if (name.equals(e.get("name"))) {
        out.add(e);
      }
    }
    return out;
  }

  List<String> peersConnected() {
    return strings("peersConnected");
  }

  List<String> peersClosed() {
    return strings("peersClosed");
  }

  /** [ms, level] of each hlsLevelSwitched. */
  List<List<Number>> levelSwitches() {
    List<List<Number>> out = new ArrayList<>();
    Object s = raw.get("levelSwitches");
    if (s instanceof List<?> list) {
      for (Object row : list) {
        out.add(List.of((Number) ((List<?>) row).get(0), (Number) ((List<?>) row).get(1)));
      }
    }
    return out;
  }

  String toJson() {
    return new Json().toJson(raw);
  }

  /** One line of figures for the test output. */
  String summary() {
    Origin.Verification v = Origin.verify(hashes());
    return String.format(
        "%-6s code=%s http=%s p2p=%s (%.1f %% P2P) up=%s segLoaded http/p2p=%d/%d"
            + " p2pDelivered=%d frags=%d"
            + " verified=%d%s stalls=%d pauses=%d waiting=%d rate=%.3f peers +%d/-%d fatal=%d"
            + " mediaErr=%d uncaught=%d"
            + " trackerWarn/Err=%d/%d segErr=%d consoleErrors=%d",
        tag,
        code(),
        mb(httpBytes()),
        mb(p2pBytes()),
        p2pShare() * 100,
        mb(uploadedBytes()),
        segments("http"),
        segments("p2p"),
        p2pDeliveredUrls().size(),
        fragsLoaded(),
        v.verified(),
        v.isIdentical() ? "" : " MISMATCH=" + v.mismatches().size(),
        stalls().size(),
        pauses().size(),
        waitingEvents(),
        playbackRate(2000),
        peersConnected().size(),
        peersClosed().size(),
        fatalErrors().size(),
        mediaErrors().size(),
        uncaught().size(),
        eventCount("onTrackerWarning"),
        eventCount("onTrackerError"),
        eventCount("onSegmentError"),
        num(raw.get("consoleErrors")));
  }

  static String mb(long bytes) {
    return String.format("%.2fMB", bytes / 1_000_000.0);
  }

  private Map<String, Object> map(String key) {
    Object v = raw.get(key);
    if (v instanceof Map<?, ?> m) {
      @SuppressWarnings("unchecked")
      Map<String, Object> typed = (Map<String, Object>) m;
      return typed;
    }
    return Map.of();
  }

  private List<String> strings(String key) {
    List<String> out = new ArrayList<>();
    if (raw.get(key) instanceof List<?> list) {
      for (Object o : list) {
        out.add(String.valueOf(o));
      }
    }
    return out;
  }

  private List<Map<String, Object>> listOfMaps(String key) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (raw.get(key) instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m) {
          @SuppressWarnings("unchecked")
          Map<String, Object> typed = (Map<String, Object>) m;
          out.add(typed);
        }
      }
    }
    return out;
  }

  static long num(Object o) {
    return o instanceof Number n ? n.longValue() : 0;
  }
}
