package io.swarmloader.shaka;

import io.swarmloader.browser.JsHandler;
import io.swarmloader.browser.api.Js;
import io.swarmloader.browser.api.JsEngines;
import io.swarmloader.core.Core;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.util.Text;
import io.swarmloader.shaka.config.ConfigWrite;
import io.swarmloader.shaka.config.ForcedPlayerConfig;
import org.teavm.jso.JSObject;

/**
 * One engine's binding to a {@code shaka.Player} (player-integration.md §4.4): the forced
 * configuration, the context object on the networking engine and its request filter, the player
 * events and the media-element listeners. Handlers never throw into Shaka: failures are logged.
 */
final class ShakaBinding implements JsHandler {
  /** {@code (PLAYBACK, currentTime, playbackRate)}: the media element's playback moved. */
  static final int PLAYBACK = 1;

  /** {@code (SEGMENT_REQUEST, uri, request, requestType)}: {@code ctx.handle} for a segment. */
  static final int SEGMENT_REQUEST = 2;

  /** {@code (MANIFEST, uri, responseUri, data)}: {@code ctx.manifest}. */
  static final int MANIFEST = 3;

  /** {@code (PARSER_STARTING, isHls)}: {@code ctx.starting}. */
  static final int PARSER_STARTING = 4;

  /** {@code (PARSED, manifest, isHls)}: {@code ctx.parsed}. */
  static final int PARSED = 5;

  /**
   * The player events used (§4.4 item 4). The handler is called as {@code (FIRST_EVENT + index in
   * this list, name)}; the names live in the JS glue only, so Java compares numbers, not strings.
   */
  static final String EVENTS = "['loading', 'loaded', 'unloading', 'adaptation', 'variantchanged']";

  static final int FIRST_EVENT = 10;
  static final int LOADING = FIRST_EVENT;
  static final int LOADED = FIRST_EVENT + 1;
  static final int UNLOADING = FIRST_EVENT + 2;

  /** Live segment indexes are re-read on playback updates at most this often. */
  private static final double LIVE_REFRESH_MS = 1000;

  private final Core core;
  private final Logger logger;
  private final ShakaSource source;

  private JSObject player;
  private JSObject detachContext;
  private JSObject unsubscribePlayer;
  private JSObject unsubscribeMedia;
  private double lastRefreshMs = Double.NEGATIVE_INFINITY;

  ShakaBinding(Core core, Logger logger, ShakaSource source) {
    this.core = core;
    this.logger = logger;
    this.source = source;
  }

  /** §4.4: the same player again does nothing; another one releases the previous binding. */
  void bind(JSObject newPlayer, JSObject shaka) {
    if (Js.isNullish(newPlayer) || (player != null && ShakaJs.same(player, newPlayer))) {
      return;
    }
    release();
    player = newPlayer;
    source.setShaka(shaka);
    forceConfig(shaka);
    JSObject ctx = ShakaJs.context(player, shaka, this);
    detachContext = ShakaJs.attachContext(player, ctx);
    if (detachContext == null) {
      logger.warn("the player has no networking engine: P2P stays off");
    }
    unsubscribePlayer = ShakaJs.subscribe(player, this);
  }

  /** Removes the context, the request filter and every listener, and forgets the player. */
  void release() {
    detachMedia();
    if (unsubscribePlayer != null) {
      ShakaJs.run(unsubscribePlayer);
      unsubscribePlayer = null;
    }
    if (detachContext != null) {
      ShakaJs.run(detachContext);
      detachContext = null;
    }
    player = null;
  }

  private void forceConfig(JSObject shaka) {
    JSObject delay = ShakaJs.configValue(player, ForcedPlayerConfig.DEFAULT_PRESENTATION_DELAY);
    JSObject ignore =
        ShakaJs.configValue(player, ForcedPlayerConfig.IGNORE_SUGGESTED_PRESENTATION_DELAY);
    ForcedPlayerConfig.Values current =
        new ForcedPlayerConfig.Values(
            "number".equals(Js.typeOf(delay)) ? Js.asNumber(delay) : null,
            "boolean".equals(Js.typeOf(ignore)) ? Js.isTrue(ignore) : null);
    for (ConfigWrite w :
        ForcedPlayerConfig.writes(
            current, ForcedPlayerConfig.Values.SHAKA_DEFAULTS, ShakaJs.shakaVersion(shaka))) {
      JSObject value =
          w.value() instanceof Boolean
              ? Js.bool((Boolean) w.value())
              : Js.number(((Double) w.value()).doubleValue());
      ShakaJs.configure(player, w.path(), value);
    }
  }

  @Override
  public JSObject handle(int op, JSObject a, JSObject b, JSObject c) {
    if (op >= FIRST_EVENT) {
      onEvent(op, Js.asString(a));
    } else if (op == PLAYBACK) {
      onPlayback(Js.asNumber(a), Js.asNumber(b));
    } else if (op == SEGMENT_REQUEST) {
      return source.onRequest(Js.asString(a), b, c, true);
    } else if (op == MANIFEST) {
      source.onManifestResponse(Js.asString(a), b, c);
    } else if (op == PARSER_STARTING) {
      source.onParserStarting(Js.isTruthy(a));
    } else {
      source.onManifestParsed(a, Js.isTruthy(b));
    }
    return null;
  }

  private void onEvent(int event, String name) {
    try {
      handle(event);
    } catch (RuntimeException e) {
      logger.warn(Text.cat(name, " handler failed: ", e.getMessage()));
    }
  }

  private void handle(int event) {
    if (event == LOADING) {
      source.reset();
    } else if (event == LOADED) {
      source.setLive(ShakaJs.playerIsLive(player));
      detachMedia();
      JSObject media = ShakaJs.mediaElement(player);
      if (!Js.isNullish(media)) {
        unsubscribeMedia = JsEngines.subscribePlayback(media, this, PLAYBACK);
      }
    } else if (event == UNLOADING) {
      detachMedia();
      source.reset();
    } else { // adaptation, variantchanged
      double bandwidth = ShakaJs.activeBandwidth(player);
      if (bandwidth == bandwidth) {
        core.setActiveLevelBitrate(bandwidth);
      }
    }
  }

  private void onPlayback(double position, double rate) {
    core.updatePlayback(position, rate);
    double now = Js.now();
    if (now - lastRefreshMs >= LIVE_REFRESH_MS) {
      lastRefreshMs = now;
      source.refresh();
    }
  }

  private void detachMedia() {
    if (unsubscribeMedia != null) {
      ShakaJs.run(unsubscribeMedia);
      unsubscribeMedia = null;
    }
  }
}
