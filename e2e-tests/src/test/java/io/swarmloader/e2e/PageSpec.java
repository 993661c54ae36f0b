package io.swarmloader.e2e;

import io.swarmloader.e2e.TestStreams.TestStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The URL of one peer page: which page, engine and API form, the stream, the tracker port and
 * hls.js options, all as query parameters (browser-testing.md §6). Every page uses {@code
 * rtcConfig: {iceServers: []}} and {@code announceTrackers: ["ws://127.0.0.1:<tracker>"]}.
 */
final class PageSpec {
  /** Which P2P engine the page loads. */
  enum Engine {
    /** SwarmLoader's ES module from {@code /dist/swarmloader-hlsjs.js}. */
    SWARM("swarm"),
    /** p2p-media-loader-hlsjs 2.3.1 from node_modules (browser-testing.md §8.2). */
    PML("pml"),
    /** Plain hls.js. */
    NONE("none");

    final String param;

    Engine(String param) {
      this.param = param;
    }
  }

  private final String page;
  private final Map<String, String> query;
  private final Engine engine;

  private PageSpec(String page, Engine engine, Map<String, String> query) {
    this.page = page;
    this.engine = engine;
    this.query = new LinkedHashMap<>(query);
    this.query.put("engine", engine.param);
  }

  private PageSpec(String page, Engine engine) {
    this(page, engine, Map.of());
  }

  /** A copy loading another engine (same page, stream and options). */
  PageSpec withEngine(Engine other) {
    return new PageSpec(page, other, query);
  }

  /** {@code player.html}: ES modules through an import map. */
  static PageSpec player(Engine engine) {
    return new PageSpec("player.html", engine);
  }

  /**
   * {@code shaka.html}: Shaka Player (compiled build) with SwarmLoader's {@code ShakaP2PEngine}
   * ({@link Engine#SWARM}) or alone ({@link Engine#NONE}).
   */
  static PageSpec shaka(Engine engine) {
    if (engine == Engine.PML) {
      throw new IllegalArgumentException("p2p-media-loader-shaka is not installed");
    }
    return new PageSpec("shaka.html", engine);
  }

  /**
   * {@code players.html}: the player {@code id} of {@code player-recipes/recipes.js} (Video.js,
   * Clappr, MediaElement.js, Flowplayer, Plyr, DPlayer, OpenPlayerJS, Vidstack; ids ending in
   * {@code -shaka} play through Shaka Player) with SwarmLoader.
   */
  static PageSpec players(String id) {
    PageSpec spec = new PageSpec("players.html", Engine.SWARM);
    spec.query.put("player", id);
    return spec;
  }

  /** {@code script-tag.html}: hls.js UMD plus {@code swarmloader-hlsjs.global.js}, no modules. */
  static PageSpec scriptTag() {
    return new PageSpec("script-tag.html", Engine.SWARM);
  }

  Engine engine() {
    return engine;
  }

  boolean isScriptTag() {
    return page.equals("script-tag.html");
  }

  boolean isShaka() {
    return page.equals("shaka.html");
  }

  boolean isPlayers() {
    return page.equals("players.html");
  }

  /** The page plays through Shaka Player (and SwarmLoader's Shaka engine). */
  boolean usesShaka() {
    return isShaka() || (isPlayers() && query.get("player").endsWith("-shaka"));
  }

  PageSpec stream(TestStream stream, String namespace) {
    query.put("src", stream.url(namespace));
    return this;
  }

  PageSpec tracker(int port) {
    query.put("tracker", String.valueOf(port));
    return this;
  }

  /** {@code mixin} (default) or {@code manual} (getConfigForHlsJs + bindHls). */
  PageSpec api(String api) {
    query.put("api", api);
    return this;
  }

  PageSpec liveSyncDurationCount(int count) {
    query.put("liveSync", String.valueOf(count));
    return this;
  }

  PageSpec startLevel(int level) {
    query.put("startLevel", String.valueOf(level));
    return this;
  }

  /**
   * Plays only the rendition {@code pixels} high (Shaka restrictions, hls.js currentLevel), so the
   * peers of a scenario share one stream whatever their ABR estimates on a loaded machine.
   */
  PageSpec height(int pixels) {
    query.put("height", String.valueOf(pixels));
    return this;
  }

  /** The last Shaka 4.x release instead of the default 5.x (Shaka pages only). */
  PageSpec shaka4() {
    query.put("shaka", "4");
    return this;
  }

  /** Shaka's {@code streaming.bufferingGoal} in seconds (Shaka pages only). */
  PageSpec bufferingGoal(int seconds) {
    query.put("bufferingGoal", String.valueOf(seconds));
    return this;
  }

  /**
   * The page adds {@code X-Token: token} to its requests the way applications do: hls.js {@code
   * xhrSetup} and {@code fetchSetup}, or a Shaka request filter.
   */
  PageSpec token(String token) {
    query.put("token", token);
    return this;
  }

  /** With {@link #token}: hls.js {@code xhrSetup} only, no {@code fetchSetup}. */
  PageSpec tokenThroughXhrSetupOnly() {
    query.put("tokenVia", "xhr");
    return this;
  }

  /** A JSON object merged into the core config. */
  PageSpec core(String json) {
    query.put("core", json);
    return this;
  }

  /** The page finishes on its own after this long (shorter than any driver timeout). */
  PageSpec deadlineMs(long ms) {
    query.put("deadline", String.valueOf(ms));
    return this;
  }

  String url(String origin, String tag) {
    StringBuilder sb = new StringBuilder(origin).append("/pages/").append(page).append("?tag=");
    sb.append(enc(tag));
    for (Map.Entry<String, String> e : query.entrySet()) {
      sb.append('&').append(e.getKey()).append('=').append(enc(e.getValue()));
    }
    return sb.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
