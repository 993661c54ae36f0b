// TypeScript declarations of swarmloader-shaka, written by hand (player-integration.md §1).
// The type names are those of p2p-media-loader-core / p2p-media-loader-shaka 2.x, so code typed
// against them compiles unchanged. No Shaka import: the Shaka namespace is handed over at run time
// (or read from window.shaka), so the player types are structural here.

export * from "./swarmloader-core";
import type {
  CoreConfig,
  CoreEventMap,
  DefinedCoreConfig,
  DynamicCoreConfig,
} from "./swarmloader-core";

/** What `getConfig()` returns. */
export type ShakaP2PEngineConfig = {
  core: DefinedCoreConfig;
};

/** What the constructor takes. */
export type PartialShakaEngineConfig = Partial<Omit<ShakaP2PEngineConfig, "core">> & {
  core?: Partial<CoreConfig>;
};

/** What `applyDynamicConfig` takes. */
export type DynamicShakaP2PEngineConfig = {
  core?: DynamicCoreConfig;
};

/**
 * The Shaka Player namespace (`import shaka from "shaka-player"` or `window.shaka`); only the
 * members the adapter uses are named here.
 */
export type ShakaNamespace = {
  net: { NetworkingEngine: unknown; HttpFetchPlugin?: unknown; HttpXHRPlugin?: unknown };
  media: { ManifestParser: unknown };
  util: { AbortableOperation: unknown; Error: unknown };
  Player: { version: string };
  dash?: { DashParser: unknown };
  hls?: { HlsParser: unknown };
};

/** A `shaka.Player` as far as the adapter uses it. */
export type ShakaPlayerLike = {
  getNetworkingEngine(): unknown;
  getConfiguration(): unknown;
  configure(...args: any[]): unknown;
  addEventListener(type: string, listener: (...args: any[]) => unknown): void;
  removeEventListener(type: string, listener: (...args: any[]) => unknown): void;
};

/**
 * The Shaka Player adapter engine (player-integration.md §1.3, §4).
 *
 * `bindShakaPlayer` forces, at bind time, the Shaka configuration P2P needs; the application may
 * override any of it afterwards with `player.configure(...)`:
 * - `manifest.defaultPresentationDelay = 25` and `manifest.dash.ignoreSuggestedPresentationDelay =
 *   true`, only while they still hold Shaka's defaults (live: play far enough behind the edge);
 * - `streaming.preferNativeHls = false` (Shaka 5+) or `streaming.useNativeHlsOnSafari = false`
 *   (Shaka 4), so Safari plays through MSE (no P2P without MSE).
 */
export declare class ShakaP2PEngine {
  /**
   * Registers the DASH/HLS manifest parser decorators and the http/https scheme plugin. Call once,
   * before any player loads content. Throws when no Shaka namespace is given or global.
   */
  static registerPlugins(shaka?: ShakaNamespace | object): void;

  /** Removes the registrations and restores Shaka's own parsers and HTTP plugins. */
  static unregisterPlugins(shaka?: ShakaNamespace | object): void;

  /**
   * Throws an Error naming the key when the config is invalid, or when no Shaka namespace is given
   * or global. Unknown root keys are ignored.
   */
  constructor(config?: PartialShakaEngineConfig, shaka?: ShakaNamespace | object);

  /** Binds a `shaka.Player`; call before `player.load()`. Binding another player releases the first. */
  bindShakaPlayer(player: ShakaPlayerLike | object): void;

  /** Throws an Error naming the key for a bad or non-dynamic option; nothing changes then. */
  applyDynamicConfig(dynamicConfig: DynamicShakaP2PEngineConfig): void;

  /** A deep copy; functions and `rtcConfig` by reference. */
  getConfig(): ShakaP2PEngineConfig;

  addEventListener<K extends keyof CoreEventMap>(eventName: K, listener: CoreEventMap[K]): void;
  removeEventListener<K extends keyof CoreEventMap>(eventName: K, listener: CoreEventMap[K]): void;

  /**
   * Stops all P2P and HTTP work and releases the player binding (request filter, listeners).
   * `player.destroy()` does not call it. Listeners stay; the engine can be bound again.
   */
  destroy(): void;
}
