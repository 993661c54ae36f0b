package io.swarmloader.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * One scenario's peers and private trackers, registered per test with {@code @RegisterExtension}.
 * It opens peer pages against the shared {@link E2eEnvironment}, and whatever happens it stops
 * every browser and private tracker it started after the test. Each peer's final snapshot, page log
 * and browser console log are kept under {@code target/e2e-logs/<Class>/<method>/}; when the test
 * fails, the page logs, uncaught errors, recent engine events and console tails are printed
 * (style.md §2.15).
 */
final class Swarm implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {
  /** Most browsers a scenario may hold at once on the 2-core machine. */
  static final int MAX_BROWSERS = 4;

  private final List<Peer> peers = new ArrayList<>();
  private final List<Tracker> trackers = new ArrayList<>();
  private E2eEnvironment env;
  private long startedAtMs;
  private long lastJoinStartMs;
  private String scenario = "scenario";
  private Path logDir;

  @Override
  public void beforeEach(ExtensionContext context) {
    env = E2eEnvironment.get(context);
    scenario =
        context.getRequiredTestClass().getSimpleName()
            + "."
            + context.getRequiredTestMethod().getName();
    logDir =
        E2ePaths.logs()
            .resolve(context.getRequiredTestClass().getSimpleName())
            .resolve(context.getRequiredTestMethod().getName());
    System.out.println("[e2e] ---- " + scenario);
    startedAtMs = System.currentTimeMillis();
  }

  /** "+12.3s": time since the scenario started, for the test output. */
  String elapsed() {
    return "+" + (System.currentTimeMillis() - startedAtMs) / 100 / 10.0 + "s";
  }

  TestServer server() {
    return env.server;
  }

  /** The shared tracker's port. */
  int trackerPort() {
    return env.tracker.port();
  }

  /** A URL namespace unique to this scenario, so its streams form their own swarms. */
  String namespace() {
    return scenario.toLowerCase(Locale.ROOT).replace('.', '-');
  }

  /** A tracker of this scenario alone (for example one to kill); stopped after the test. */
  Tracker startTracker(String name) {
    Tracker t = Tracker.start(name);
    trackers.add(t);
    return t;
  }

  /**
   * Opens a peer page; SwarmLoader pages first check that the bundle exists. With {@code
   * -De2e.swarmEngine=pml}, module pages meant for SwarmLoader load p2p-media-loader 2.3.1 instead:
   * a calibration run of the scenarios against the reference implementation (script-tag pages
   * cannot be swapped).
   */
  Peer join(String tag, PageSpec spec) {
    if (spec.engine() == PageSpec.Engine.SWARM
        && !spec.isScriptTag()
        && !spec.usesShaka()
        && !spec.isPlayers()
        && isCalibrating()) {
      spec = spec.withEngine(PageSpec.Engine.PML);
    }
    if (spec.engine() == PageSpec.Engine.SWARM && spec.usesShaka()) {
      requireShakaBundle();
    } else if (spec.engine() == PageSpec.Engine.SWARM) {
      requireBundle(spec.isScriptTag());
    }
    long open = peers.stream().filter(p -> !p.isClosed()).count();
    if (open >= MAX_BROWSERS) {
      fail("scenario would exceed " + MAX_BROWSERS + " browsers at once");
    }
    lastJoinStartMs = System.currentTimeMillis();
    String url = spec.url(server().origin(), tag);
    System.out.println("[e2e] " + elapsed() + " " + tag + " opens " + url);
    Peer p = Peer.open(tag, url);
    peers.add(p);
    System.out.println("[e2e] " + elapsed() + " " + tag + " loaded (" + p.openTiming() + ")");
    return p;
  }

  /**
   * Joins one peer per tag with the same page, in order, each {@code gapMs} after the previous join
   * began and, with {@code afterPlaying}, not before the previous peer plays.
   */
  List<Peer> joinStaggered(PageSpec spec, long gapMs, boolean afterPlaying, String... tags) {
    List<Peer> joined = new ArrayList<>();
    for (String tag : tags) {
      if (!joined.isEmpty()) {
        Peer previous = joined.get(joined.size() - 1);
        if (afterPlaying) {
          previous.awaitTrue(
              previous.tag() + " playing", "r.playingAtMs !== null", Peer.seconds(25));
        }
        waitSinceLastJoin(gapMs);
      }
      joined.add(join(tag, spec));
    }
    return joined;
  }

  /**
   * A plays {@code spec}; B joins 7 s after A, once A plays, then receives P2P bytes and plays
   * {@code bPlaysS} seconds. Returns both results, reported under {@code title}.
   */
  List<PageResult> laterPeerReceivesP2p(PageSpec spec, int bPlaysS, String title) {
    List<Peer> peers = joinStaggered(spec, 7_000, true, "A", "B");
    Peer b = peers.get(1);
    b.awaitTrue("B receives P2P bytes", "r.bytes.p2p > 0", Peer.seconds(25));
    b.awaitTrue("B played " + bPlaysS + " s", "r.advancedS >= " + bPlaysS, Peer.seconds(20));
    List<PageResult> results = List.of(peers.get(0).collect(), b.collect());
    report(title, results);
    return results;
  }

  /**
   * Waits until {@code ms} after the last {@link #join} began, so peers join that far apart
   * whatever a browser launch costs on a busy machine.
   */
  void waitSinceLastJoin(long ms) {
    NodeProcess.sleep(Math.max(0, lastJoinStartMs + ms - System.currentTimeMillis()));
  }

  private static boolean isCalibrating() {
    return "pml".equals(System.getProperty("e2e.swarmEngine"));
  }

  /**
   * Fails with a clear message when the adapter bundle is not built: the ES module, or with {@code
   * scriptTag} the script-tag bundle. Call it before starting anything else.
   */
  void requireBundle(boolean scriptTag) {
    if (!scriptTag && isCalibrating()) {
      return;
    }
    requireExport(
        E2ePaths.dist().resolve(scriptTag ? "swarmloader-hlsjs.global.js" : "swarmloader-hlsjs.js"),
        "HlsJsP2PEngine",
        "hlsjs-adapter",
        "swarmloader.dist");
  }

  /** Fails with a clear message when the Shaka adapter's ES module is not built. */
  void requireShakaBundle() {
    requireExport(
        E2ePaths.shakaDist().resolve("swarmloader-shaka.js"),
        "ShakaP2PEngine",
        "shaka-adapter",
        "swarmloader.shakaDist");
  }

  private static void requireExport(Path bundle, String export, String module, String property) {
    if (!Files.isRegularFile(bundle)) {
      fail(
          "SwarmLoader bundle not found at "
              + bundle
              + ": build the adapter first (mvn -B -o install -pl "
              + module
              + " -am), or point -D"
              + property
              + " at its npm/dist directory");
    }
    try {
      if (!Files.readString(bundle, StandardCharsets.UTF_8).contains(export)) {
        fail("bundle " + bundle + " does not export " + export + " (the adapter is not in it yet)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves the peer's logs and result, then quits its browser (a scenario step, or cleanup). */
  void close(Peer peer) {
    if (peer.isClosed()) {
      return;
    }
    save(peer);
    peer.close();
  }

  /** A viewer closes the page: it is unloaded first (see {@link Peer#unloadPage}), then quit. */
  void closePage(Peer peer) {
    if (peer.isClosed()) {
      return;
    }
    save(peer);
    peer.unloadPage();
    peer.close();
    System.out.println("[e2e] " + elapsed() + " " + peer.tag() + " page closed");
  }

  /** Prints a figures table for the scenario. */
  void report(String title, List<PageResult> results) {
    StringBuilder sb =
        new StringBuilder("[e2e] ")
            .append(elapsed())
            .append(' ')
            .append(scenario)
            .append(": ")
            .append(title);
    for (PageResult r : results) {
      sb.append("\n[e2e]   ").append(r.summary());
    }
    System.out.println(sb);
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    if (throwable instanceof TestAbortedException) {
      throw throwable; // a skipped scenario (assumption), not a failure: nothing to diagnose
    }
    StringBuilder sb = new StringBuilder();
    sb.append("\n[e2e] ==== ").append(scenario).append(" FAILED: ").append(throwable.getMessage());
    for (Peer p : peers) {
      PageResult r = p.isClosed() ? p.lastResult() : safeSnapshot(p);
      sb.append("\n[e2e] ---- peer ").append(p.tag()).append(": ").append(r.summary());
      appendAll(sb, "uncaught", r.uncaught());
      appendAll(sb, "fatal", r.fatalErrors());
      appendAll(sb, "hls errors", r.errors());
      List<Map<String, Object>> events = new ArrayList<>();
      Object log = r.raw().get("eventLog");
      if (log instanceof List<?> list) {
        for (Object o : list.subList(Math.max(0, list.size() - 25), list.size())) {
          @SuppressWarnings("unchecked")
          Map<String, Object> e = (Map<String, Object>) o;
          events.add(e);
        }
      }
      sb.append("\n  last engine events:");
      events.forEach(e -> sb.append("\n    ").append(e));
      appendAll(sb, "page log", r.logs());
      List<String> console = p.consoleLog();
      appendAll(
          sb,
          "browser console (tail)",
          console.subList(Math.max(0, console.size() - 40), console.size()));
    }
    if (!peers.isEmpty()) {
      sb.append("\n[e2e] ---- test server log (tail)\n").append(server().logTail());
      sb.append("\n[e2e] ---- tracker log (tail)\n").append(env.tracker.logTail());
      for (Tracker t : trackers) {
        sb.append("\n[e2e] ---- ").append(t).append(" log (tail)\n").append(t.logTail());
      }
    }
    System.out.println(sb);
    throw throwable;
  }

  private static PageResult safeSnapshot(Peer p) {
    try {
      return p.snapshot();
    } catch (RuntimeException e) {
      return p.lastResult();
    }
  }

  private static void appendAll(StringBuilder sb, String title, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    sb.append("\n  ").append(title).append(':');
    lines.forEach(l -> sb.append("\n    ").append(l));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    long t0 = System.currentTimeMillis();
    int count = (int) peers.stream().filter(p -> !p.isClosed()).count();
    // Browsers are independent: save and quit them in parallel.
    peers.parallelStream()
        .forEach(
            p -> {
              try {
                close(p);
              } catch (RuntimeException e) {
                p.close();
              }
            });
    peers.clear();
    try {
      server().clearFaults();
    } catch (RuntimeException e) {
      System.out.println("[e2e] could not clear faults: " + e);
    }
    trackers.forEach(Tracker::close);
    trackers.clear();
    System.out.println(
        "[e2e] "
            + elapsed()
            + " "
            + count
            + " browsers closed in "
            + (System.currentTimeMillis() - t0)
            + " ms");
  }

  private void save(Peer p) {
    try {
      Files.createDirectories(logDir);
      PageResult r = safeSnapshot(p);
      Files.writeString(logDir.resolve(p.tag() + ".result.json"), r.toJson());
      Files.write(logDir.resolve(p.tag() + ".page.log"), r.logs());
      Files.write(logDir.resolve(p.tag() + ".console.log"), p.consoleLog());
    } catch (IOException | RuntimeException e) {
      System.out.println("[e2e] could not save logs of " + p.tag() + ": " + e);
    }
  }
}
