package io.swarmloader.shaka;

import io.swarmloader.browser.api.Js;
import io.swarmloader.browser.api.JsEngines;
import io.swarmloader.core.Core;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.shaka.config.ConfigWrite;
import io.swarmloader.shaka.config.ForcedPlayerConfig;
import org.teavm.jso.JSObject;

/**
 * One engine's binding to a {@code shaka.Player} (player-integration.md §4.4): the forced
 * configuration, the context object on the networking engine and its request filter, the player
 * events and the media-element listeners. Handlers never throw into Shaka: failures are logged.
 */
final class ShakaBinding {
  /** The player events used (§4.4 item 4). */
  static final String[] EVENTS = {"loading", "loaded", "unloading", "adaptation", "variantchanged"};

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
    JSObject ctx =
        ShakaJs.context(
            player,
            shaka,
            source::onRequest,
            source::onManifestResponse,
            source::onParserStarting,
            source::onManifestParsed);
    detachContext = ShakaJs.attachContext(player, ctx);
    if (detachContext == null) {
      logger.warn("the player has no networking engine: P2P stays off");
    }
    unsubscribePlayer = ShakaJs.subscribe(player, EVENTS, this::onEvent);
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

  private void onEvent(String name) {
    try {
      handle(name);
    } catch (RuntimeException e) {
      logger.warn(name + " handler failed: " + e.getMessage());
    }
  }

  private void handle(String name) {
    switch (name) {
      case "loading":
        source.reset();
        break;
      case "loaded":
        source.setLive(ShakaJs.playerIsLive(player));
        detachMedia();
        JSObject media = ShakaJs.mediaElement(player);
        if (!Js.isNullish(media)) {
          unsubscribeMedia = JsEngines.subscribePlayback(media, this::onPlayback);
        }
        break;
      case "unloading":
        detachMedia();
        source.reset();
        break;
      default: // adaptation, variantchanged
        double bandwidth = ShakaJs.activeBandwidth(player);
        if (bandwidth == bandwidth) {
          core.setActiveLevelBitrate(bandwidth);
        }
        break;
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
