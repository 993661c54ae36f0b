// TypeScript declarations of swarmloader-hlsjs/videojs, written by hand: a Video.js 8 source handler
// that plays HLS through hls.js with the SwarmLoader P2P engine inside, in place of Video.js's own
// HLS engine (VHS). No video.js or hls.js import: both are handed over at run time, typed here by
// the little this integration uses, so the real `videojs` function and hls.js class fit.

import type { HlsJsP2PEngine, HlsWithP2PConfig } from "./swarmloader-hlsjs";

/** What is used of the `videojs` function (Video.js 8): its Html5 tech. */
export interface VideojsLike {
  (...args: any[]): unknown;
  getTech(name: string): unknown;
}

/** What is used of an hls.js class (hls.js 1.x): the constructor and `isSupported()`. */
export type HlsJsClass = (new (config?: any) => any) & { isSupported(): boolean };

/** What is used of a Video.js player: `player.tech({ IWillNotUseThisInPlugins: true })`. */
export interface VideojsPlayerLike {
  tech(safety?: any): unknown;
}

/**
 * Options of `registerSwarmLoader` (the defaults) and of one player
 * (`videojs(id, { html5: { swarmloader: options } })`). Per-player options are deep-merged over the
 * registration's: plain objects key by key, anything else (arrays, functions) replaced.
 * An unknown key is a TypeError (at registration) or a Video.js error (per player).
 */
export type SwarmLoaderVideojsOptions<HlsType extends HlsJsClass = HlsJsClass> = {
  /**
   * The engine's config (`core`) and `onHlsJsCreated(hls)`, called with each new hls.js instance
   * (one per source). As `p2p` in the config of `HlsJsP2PEngine.injectMixin(Hls)`.
   */
  p2p?: NonNullable<HlsWithP2PConfig<HlsType>["p2p"]>;
  /**
   * hls.js config. `liveDurationInfinity` defaults to true here (Video.js's live UI needs a live
   * duration of Infinity); set it to false to turn that off.
   */
  hlsjsConfig?: Partial<NonNullable<ConstructorParameters<HlsType>[0]>>;
};

/**
 * Registers the SwarmLoader source handler on Video.js's Html5 tech, ahead of VHS, for HLS sources:
 * the types application/x-mpegURL, application/vnd.apple.mpegurl, audio/mpegurl and
 * audio/x-mpegurl (any case), or, without a type, a URL whose path ends in .m3u8.
 *
 * Each such source plays in `new (HlsJsP2PEngine.injectMixin(Hls))(config)` attached to the tech's
 * video element; Video.js keeps its controls, events, live UI and error display, and
 * `player.qualityLevels()` lists hls.js's levels (enable exactly one to pin it, all for auto).
 * A fatal network error is retried once (`hls.startLoad()`), a fatal media error recovered once
 * (`hls.recoverMediaError()`), each again after playback resumes; other fatal errors, and fatal
 * errors before the manifest is parsed, become a Video.js error through `player.error()` (code 2
 * for network errors, 4 otherwise), shown in its error display; so does a bad per-player option.
 * A new source or the tech's disposal destroys the hls.js instance and its engine.
 *
 * Call it once, before creating players. A later call registers nothing more: it replaces the
 * hls.js class and the defaults for sources set from then on.
 *
 * @returns true when registered; false when hls.js cannot play here (`Hls.isSupported()` false,
 *   i.e. no MediaSource), in which case Video.js keeps playing HLS with VHS or natively.
 * @throws TypeError when `videojs` is not the Video.js function (no Html5 tech), `Hls` not an
 *   hls.js class, or `options` not as typed.
 */
export declare function registerSwarmLoader<HlsType extends HlsJsClass>(
  videojs: VideojsLike,
  Hls: HlsType,
  options?: SwarmLoaderVideojsOptions<HlsType>,
): boolean;

/**
 * The P2P engine of the source now playing in `player` through SwarmLoader (the tech's
 * `tech.hls.p2pEngine`), or null: no player or tech, no source yet, or a source played otherwise.
 * A new source has a new engine: look it up again after `player.src(...)`.
 */
export declare function getP2PEngine(player: VideojsPlayerLike | null | undefined): HlsJsP2PEngine | null;
