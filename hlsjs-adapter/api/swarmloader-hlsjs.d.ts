// TypeScript declarations of swarmloader-hlsjs, written by hand (player-integration.md §1).
// The type names are those of p2p-media-loader-core / p2p-media-loader-hlsjs 2.3, so code typed
// against 2.3 compiles unchanged. No hls.js import: the hls.js class is handed over at run time,
// and the hls.js types flow in through the generic parameters.

export * from "./swarmloader-core";
import type {
  CoreConfig,
  CoreEventMap,
  DefinedCoreConfig,
  DynamicCoreConfig,
} from "./swarmloader-core";

/** What `getConfig()` returns. */
export type HlsJsP2PEngineConfig = {
  core: DefinedCoreConfig;
};

/** What the constructor takes. */
export type PartialHlsJsP2PEngineConfig = Partial<Omit<HlsJsP2PEngineConfig, "core">> & {
  core?: Partial<CoreConfig>;
};

/** What `applyDynamicConfig` takes. */
export type DynamicHlsJsP2PEngineConfig = {
  core?: DynamicCoreConfig;
};

/** An instance of a class made by `injectMixin`. */
export type HlsWithP2PInstance<HlsType> = HlsType & {
  readonly p2pEngine: HlsJsP2PEngine;
};

/** The config of a class made by `injectMixin`: hls.js's own plus `p2p`. */
export type HlsWithP2PConfig<HlsType extends abstract new (...args: any) => unknown> =
  ConstructorParameters<HlsType>[0] & {
    p2p?: PartialHlsJsP2PEngineConfig & {
      onHlsJsCreated?: (hls: HlsWithP2PInstance<InstanceType<HlsType>>) => void;
    };
  };

/** The hls.js adapter engine (player-integration.md §1.2). */
export declare class HlsJsP2PEngine {
  /**
   * A subclass of the given hls.js class whose constructor takes `p2p` in its config, creates the
   * engine and exposes it as `hls.p2pEngine`.
   */
  static injectMixin<HlsJsConstructor extends new (...args: any[]) => any>(
    hls: HlsJsConstructor,
  ): new (config?: HlsWithP2PConfig<HlsJsConstructor>) => HlsWithP2PInstance<InstanceType<HlsJsConstructor>>;

  /** Throws an Error naming the key when the config is invalid. Unknown root keys are ignored. */
  constructor(config?: PartialHlsJsP2PEngineConfig);

  /** `{fLoader, pLoader}`: fresh loader classes bound to this engine, to spread into the hls.js config. */
  getConfigForHlsJs<F = unknown, P = unknown>(): { fLoader: F; pLoader: P };

  /** The hls.js instance, or a function returning it; resolved when hls.js first loads a playlist. */
  bindHls<T = unknown>(hls: T | (() => T)): void;

  /** Throws an Error naming the key for a bad or non-dynamic option; nothing changes then. */
  applyDynamicConfig(dynamicConfig: DynamicHlsJsP2PEngineConfig): void;

  /** A deep copy; functions and `rtcConfig` by reference. */
  getConfig(): HlsJsP2PEngineConfig;

  addEventListener<K extends keyof CoreEventMap>(eventName: K, listener: CoreEventMap[K]): void;
  removeEventListener<K extends keyof CoreEventMap>(eventName: K, listener: CoreEventMap[K]): void;

  /** Stops all P2P and HTTP work and releases the hls.js binding. Listeners stay. */
  destroy(): void;
}
