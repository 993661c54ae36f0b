package io.swarmloader.hlsjs;

import io.swarmloader.browser.JsHandler;
import io.swarmloader.browser.api.Js;
import io.swarmloader.browser.api.JsEngines;
import io.swarmloader.browser.api.JsFetchSetup;
import io.swarmloader.core.Core;
import io.swarmloader.core.download.HttpRequestSetup;
import io.swarmloader.core.id.StreamShortId;
import io.swarmloader.core.model.StreamInfo;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.platform.TextSemantics;
import io.swarmloader.core.util.Text;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * One engine's binding to hls.js instances (player-integration.md §3.4–§3.11): lazy resolution of
 * the bound instance or getter, the hls.js events subscribed by string name, the media-element
 * listeners, and what each event does to the engine. Handlers never throw into hls.js: failures are
 * logged.
 */
final class HlsBinding implements JsHandler {
  /** {@code (PLAYBACK, currentTime, playbackRate)}: the media element's playback moved. */
  static final int PLAYBACK = 1;

  /** {@code (BIND)}: hls.js constructs a pLoader; bind lazily (§3.4). */
  static final int BIND = 2;

  /** {@code (CREATE_DELEGATE, loader, hlsConfig)}: the Java delegate of a new fLoader. */
  static final int CREATE_DELEGATE = 3;

  /**
   * The hls.js events used, by string name (§3.5), so any hls.js 1.x from npm or a CDN works. The
   * handler is called as {@code (FIRST_EVENT + index in this list, name, data)}; the names live in
   * the JS glue only, so Java compares numbers, not strings.
   */
  static final String EVENTS =
      "['hlsManifestLoading', 'hlsMediaAttaching', 'hlsManifestLoaded', 'hlsLevelSwitching',"
          + " 'hlsLevelUpdated', 'hlsAudioTrackLoaded', 'hlsMediaAttached', 'hlsMediaDetached',"
          + " 'hlsDestroying']";

  static final int FIRST_EVENT = 10;
  static final int MANIFEST_LOADING = FIRST_EVENT;
  static final int MEDIA_ATTACHING = FIRST_EVENT + 1;
  static final int MANIFEST_LOADED = FIRST_EVENT + 2;
  static final int LEVEL_SWITCHING = FIRST_EVENT + 3;
  static final int LEVEL_UPDATED = FIRST_EVENT + 4;
  static final int AUDIO_TRACK_LOADED = FIRST_EVENT + 5;
  static final int MEDIA_ATTACHED = FIRST_EVENT + 6;
  static final int MEDIA_DETACHED = FIRST_EVENT + 7;
  static final int DESTROYING = FIRST_EVENT + 8;

  private final Core core;
  private final Logger logger;
  private final StreamShortId shortIds;
  private final HlsJsP2PEngine engine;

  /** What {@code bindHls} was given: an hls.js instance or a function returning one. */
  private JSObject target;

  private JSObject hls;
  private JSObject unsubscribeHls;
  private JSObject unsubscribeMedia;

  /** The application's own fLoader, set by the mixin (§7 #16); undefined in manual mode. */
  JSObject userFLoader = Js.undefined();

  HlsBinding(Core core, Logger logger, TextSemantics text, HlsJsP2PEngine engine) {
    this.core = core;
    this.logger = logger;
    this.shortIds = new StreamShortId(text);
    this.engine = engine;
  }

  void setTarget(JSObject hlsOrGetter) {
    target = Js.isNullish(hlsOrGetter) ? null : hlsOrGetter;
  }

  /** §3.4, run when hls.js constructs a pLoader. */
  void bindLazily() {
    if (target == null) {
      return;
    }
    JSObject instance = Js.isFunction(target) ? callGetter(target) : target;
    if (Js.isNullish(instance) || (hls != null && same(instance, hls))) {
      return;
    }
    release();
    hls = instance;
    unsubscribeHls = subscribe(hls, this);
    usePlayerHttp(Js.get(hls, "config"));
    JSObject media = Js.get(hls, "media");
    if (!Js.isNullish(media)) {
      attachMedia(media);
    }
  }

  /** Removes every hls.js and media handler and forgets the bound instance. */
  void release() {
    detachMedia();
    if (unsubscribeHls != null) {
      run(unsubscribeHls);
      unsubscribeHls = null;
    }
    if (hls != null) {
      core.setPlayerRequestSetup(null);
    }
    hls = null;
  }

  /**
   * §5.12 / §7 #10: the engine's own downloads carry the player's HTTP customisation (the config's
   * {@code httpRequestSetup} still wins): hls.js {@code fetchSetup} shapes the fetch; without it,
   * an {@code xhrSetup} or a custom {@code loader} means the downloads go through {@code new
   * hls.config.loader(hls.config)} ({@link PlayerLoaderSetup}).
   */
  private void usePlayerHttp(JSObject hlsConfig) {
    JSObject fetchSetup = Js.get(hlsConfig, "fetchSetup");
    HttpRequestSetup setup =
        Js.isFunction(fetchSetup)
            ? new JsFetchSetup(fetchSetup, logger)
            : PlayerLoaderSetup.forHls(hls, hlsConfig);
    core.setPlayerRequestSetup(setup);
    if (setup == null && Js.isFunction(Js.get(hlsConfig, "xhrSetup"))) {
      logger.warn(
          "hls.js xhrSetup is set but the config has no loader to run it;"
              + " SwarmLoader's own segment downloads do not carry it");
    }
  }

  @Override
  public JSObject handle(int op, JSObject a, JSObject b, JSObject c) {
    if (op >= FIRST_EVENT) {
      onEvent(op, Js.asString(a), b);
    } else if (op == PLAYBACK) {
      core.updatePlayback(Js.asNumber(a), Js.asNumber(b));
    } else if (op == BIND) {
      try {
        bindLazily();
      } catch (RuntimeException e) {
        logger.warn(Text.cat("binding to hls.js failed: ", e.getMessage()));
      }
    } else {
      return Js.function(new FragmentLoaderDelegate(core, logger, a, b, userFLoader));
    }
    return null;
  }

  private void onEvent(int event, String name, JSObject data) {
    try {
      handle(event, data);
    } catch (RuntimeException e) {
      logger.warn(Text.cat(name, " handler failed: ", e.getMessage()));
    }
  }

  private void handle(int event, JSObject data) {
    if (event == MANIFEST_LOADING || event == MEDIA_ATTACHING) {
      core.destroy();
    } else if (event == MANIFEST_LOADED) {
      onManifestLoaded(data);
    } else if (event == LEVEL_SWITCHING) {
      double bitrate = Js.number(data, "bitrate");
      if (bitrate == bitrate) {
        core.setActiveLevelBitrate(bitrate);
      }
    } else if (event == LEVEL_UPDATED) {
      onPlaylistUpdated(data, StreamType.MAIN);
    } else if (event == AUDIO_TRACK_LOADED) {
      onPlaylistUpdated(data, StreamType.SECONDARY);
    } else if (event == MEDIA_ATTACHED) {
      detachMedia();
      attachMedia(Js.get(data, "media"));
    } else if (event == MEDIA_DETACHED) {
      detachMedia();
    } else if (event == DESTROYING) {
      if (!Js.isFunction(target)) {
        target = null; // that instance is gone; a getter may return the next one
      }
      engine.destroy();
    }
  }

  // --- §3.6, §3.7 ------------------------------------------------------------------------------

  private void onManifestLoaded(JSObject data) {
    String fromResponse = responseUrl(Js.get(data, "networkDetails"));
    String url = ManifestUrl.choose(fromResponse, Js.string(data, "url"));
    if (url == null) {
      logger.warn("manifest URL unknown: P2P stays off for this source");
      return;
    }
    if (ManifestUrl.isFallback(fromResponse)) {
      logger.warn(
          Text.cat(
              "manifest response URL not readable (custom loader?); using the request URL ",
              url,
              ", redirects cannot be seen"));
    }
    core.setManifestResponseUrl(url);
    JSObject levels = Js.get(data, "levels");
    for (int i = 0, n = Js.length(levels); i < n; i++) {
      registerLevel(Js.at(levels, i));
    }
    JSObject tracks = Js.get(data, "audioTracks");
    for (int i = 0, n = Js.length(tracks); i < n; i++) {
      registerAudioTrack(Js.at(tracks, i));
    }
  }

  private void registerLevel(JSObject level) {
    String url = firstUrl(level);
    if (url == null) {
      return;
    }
    JSObject attrs = Js.get(level, "attrs");
    StreamShortId.Inputs inputs =
        HlsStreamInputs.level(
            optional(Js.number(level, "maxBitrate")),
            optional(Js.number(level, "bitrate")),
            Js.string(level, "videoCodec"),
            optional(Js.number(level, "width")),
            optional(Js.number(level, "height")),
            Js.string(attrs, "FRAME-RATE"),
            Js.string(attrs, "VIDEO-RANGE"));
    core.addStreamIfNoneExists(new StreamInfo(url, StreamType.MAIN, shortIds.compute(inputs)));
  }

  private void registerAudioTrack(JSObject track) {
    String url = Js.string(track, "url");
    if (url == null || url.isEmpty()) {
      return; // muxed into the main rendition
    }
    StreamShortId.Inputs inputs =
        HlsStreamInputs.audioTrack(
            Js.string(track, "audioCodec"),
            Js.string(track, "lang"),
            channels(track),
            Js.string(track, "name"));
    core.addStreamIfNoneExists(new StreamInfo(url, StreamType.SECONDARY, shortIds.compute(inputs)));
  }

  // --- §3.8, §3.10 -----------------------------------------------------------------------------

  private void onPlaylistUpdated(JSObject data, StreamType type) {
    JSObject details = Js.get(data, "details");
    if (Js.isNullish(details)) {
      return;
    }
    boolean isLive = Js.isTrue(details, "live");
    JSObject fragments = Js.get(details, "fragments");
    int count = Js.length(fragments);
    if (type == StreamType.MAIN) {
      tune(details, isLive, count);
    }
    core.setIsLive(isLive);
    String streamId = findStream(data, details, type);
    if (streamId == null) {
      return;
    }
    List<FragmentInfo> list = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      JSObject f = Js.at(fragments, k);
      JSObject range = Js.get(f, "byteRange");
      list.add(
          new FragmentInfo(
              Js.string(f, "url"),
              Js.number(f, "sn"),
              Js.asNumber(Js.at(range, 0)),
              Js.asNumber(Js.at(range, 1)),
              Js.number(f, "start"),
              Js.number(f, "end")));
    }
    SegmentListDiff diff = SegmentListDiff.compute(list, isLive, core.getSegments(streamId));
    if (!diff.isEmpty()) {
      core.updateStream(streamId, diff.add, diff.remove);
    }
  }

  /**
   * By position (§7 #6): {@code data.level} indexes {@code hls.levels}, {@code data.id} indexes
   * {@code hls.audioTracks}; {@code details.url} (the response URL) only as a fallback.
   */
  private String findStream(JSObject data, JSObject details, StreamType type) {
    String id = null;
    if (hls != null) {
      if (type == StreamType.MAIN) {
        id = firstUrl(atIndex(Js.get(hls, "levels"), Js.number(data, "level")));
      } else {
        id = Js.string(atIndex(Js.get(hls, "audioTracks"), Js.number(data, "id")), "url");
      }
    }
    if (id != null && core.getStream(id) != null) {
      return id;
    }
    String byUrl = Js.string(details, "url");
    return byUrl != null && core.getStream(byUrl) != null ? byUrl : null;
  }

  private void tune(JSObject details, boolean isLive, int fragmentCount) {
    if (hls == null) {
      return;
    }
    JSObject user = Js.get(hls, "userConfig");
    JSObject config = Js.get(hls, "config");
    double target = Js.number(details, "targetduration");
    double count =
        HlsTuning.liveSyncDurationCount(
            isLive,
            fragmentCount,
            target,
            Js.has(user, "liveSyncDuration"),
            Js.has(user, "liveSyncDurationCount"));
    boolean appSetMaxBuffer = Js.has(user, "maxBufferLength");
    boolean appSetMaxMaxBuffer = Js.has(user, "maxMaxBufferLength");
    double mainWindowS = core.config().main().highDemandWindowMs() / 1000.0;
    double secondaryWindowS = core.config().secondary().highDemandWindowMs() / 1000.0;
    double maxBuffer =
        HlsTuning.bufferLength(
            fragmentCount,
            target,
            appSetMaxBuffer,
            appSetMaxMaxBuffer,
            Js.number(config, "maxBufferLength"),
            mainWindowS,
            secondaryWindowS);
    double maxMaxBuffer =
        HlsTuning.bufferLength(
            fragmentCount,
            target,
            appSetMaxBuffer,
            appSetMaxMaxBuffer,
            Js.number(config, "maxMaxBufferLength"),
            mainWindowS,
            secondaryWindowS);
    if (Js.isNullish(config)) {
      return;
    }
    if (count == count) {
      Js.setNumber(config, "liveSyncDurationCount", count);
    }
    if (maxBuffer == maxBuffer) {
      Js.setNumber(config, "maxBufferLength", maxBuffer);
    }
    if (maxMaxBuffer == maxMaxBuffer) {
      Js.setNumber(config, "maxMaxBufferLength", maxMaxBuffer);
    }
  }

  // --- §3.9 ----------------------------------------------------------------------------------

  private void attachMedia(JSObject media) {
    if (!Js.isNullish(media)) {
      unsubscribeMedia = JsEngines.subscribePlayback(media, this, PLAYBACK);
    }
  }

  private void detachMedia() {
    if (unsubscribeMedia != null) {
      run(unsubscribeMedia);
      unsubscribeMedia = null;
    }
  }

  // --- JS helpers ----------------------------------------------------------------------------

  private static Double optional(double v) {
    return v == v ? v : null;
  }

  private static JSObject atIndex(JSObject array, double index) {
    return index == index && index >= 0 ? Js.at(array, (int) index) : Js.undefined();
  }

  /** {@code level.url}, or its first element when it is an array (hls.js 1.x). */
  @JSBody(
      params = "l",
      script =
          "var url = l == null ? undefined : l.url; if (Array.isArray(url)) url = url[0];"
              + " return typeof url === 'string' && url.length > 0 ? url : null;")
  private static native String firstUrl(JSObject level);

  @JSBody(params = "t", script = "var ch = t.channels; return ch ? String(ch) : null;")
  private static native String channels(JSObject track);

  /** {@code XMLHttpRequest.responseURL} or fetch {@code Response.url}; null otherwise. */
  @JSBody(
      params = "d",
      script =
          "if (d == null) return null;"
              + " if (typeof XMLHttpRequest !== 'undefined' && d instanceof XMLHttpRequest)"
              + "  return d.responseURL || null;"
              + " if (typeof Response !== 'undefined' && d instanceof Response)"
              + "  return d.url || null;"
              + " return null;")
  private static native String responseUrl(JSObject networkDetails);

  @JSBody(
      params = {"a", "b"},
      script = "return a === b;")
  private static native boolean same(JSObject a, JSObject b);

  @JSBody(params = "g", script = "try { return g(); } catch (err) { return undefined; }")
  private static native JSObject callGetter(JSObject getter);

  @JSBody(params = "f", script = "f();")
  private static native void run(JSObject f);

  @JSBody(
      params = {"hls", "cb"},
      script =
          "var names = "
              + EVENTS
              + "; var hs = names.map(function (name, idx) {"
              + " var handler = function (event, data) {"
              + "  try { cb("
              + FIRST_EVENT
              + " + idx, name, data); }"
              + "  catch (err) {"
              + "   console.error('[swarmloader] ' + name + ' handler threw', err); } };"
              + " hls.on(name, handler); return handler; });"
              + " return function () {"
              + "  names.forEach(function (name, idx) { hls.off(name, hs[idx]); }); };")
  private static native JSObject subscribe(JSObject hls, JsHandler cb);
}
