// TypeScript declarations of swarmloader-shaka, written by hand (player-integration.md §1).
// The type names are those of p2p-media-loader-core / p2p-media-loader-shaka 2.x, so code typed
// against them compiles unchanged. No Shaka import: the Shaka namespace is handed over at run time
// (or read from window.shaka), so the player types are structural here.

/** "main": video renditions (and audio-only variants); "secondary": separate audio renditions. */
export type StreamType = "main" | "secondary";

/** A byte range; `end` is inclusive. */
export type ByteRange = {
  start: number;
  end: number;
};

/** A media segment as the engine knows it. */
export type Segment = {
  /** The absolute URL, or `url|start-end` for a byte range (inclusive end). */
  readonly runtimeId: string;
  /** The wire ID: HLS live media sequence number, HLS VOD position, DASH trunc(startTime / 0.5). */
  readonly externalId: number;
  readonly url: string;
  readonly byteRange?: ByteRange;
  /** Seconds, player media time. */
  readonly startTime: number;
  readonly endTime: number;
};

/** Where segment bytes came from. */
export type DownloadSource = "http" | "p2p";

/** Options of one stream type. Durations named `...TimeWindow` are seconds. */
export type StreamConfig = {
  /** Every request of this stream type goes to the player's own loader. Default false. */
  isP2PDisabled: boolean;
  /** Download only: no announcements, every peer request answered with Absent. Default false. */
  isP2PUploadDisabled: boolean;
  /** Urgent window ahead of the playhead, seconds. Default 15. */
  highDemandTimeWindow: number;
  /** Window in which HTTP may be used, seconds. Default 3000. */
  httpDownloadTimeWindow: number;
  /** Window in which P2P prefetch may be used, seconds. Default 6000. */
  p2pDownloadTimeWindow: number;
  /** HTTP hold after a stream's loader is created, giving peers time to connect. Default 0. */
  httpDownloadInitialTimeoutMs: number;
  /** HTTP slots per stream type. Default 2. */
  simultaneousHttpDownloads: number;
  /** P2P slots per stream type. Default 3. */
  simultaneousP2PDownloads: number;
  /** Command frame limit and upload chunk size, bytes. Default 65535. */
  webRtcMaxMessageSize: number;
  /** P2P silence timeout. Default 2000. */
  p2pNotReceivingBytesTimeoutMs: number;
  /** How long the swarm of a stream switched away from lingers. Default 30000. */
  p2pInactiveLoaderDestroyTimeoutMs: number;
  /** HTTP silence timeout. Default 3000. */
  httpNotReceivingBytesTimeoutMs: number;
  /** HTTP failures per request before the player's request is rejected. Default 3. */
  httpErrorRetries: number;
  /** Timeouts per peer before it is disconnected. Default 3. */
  p2pErrorRetries: number;
  /** WebSocket trackers. */
  announceTrackers: string[];
  /** A standard RTCConfiguration, kept by reference (it may hold RTCCertificates). */
  rtcConfig: RTCConfiguration;
  /** Peer-ID prefix: printable ASCII, at most 12 characters. */
  trackerClientVersionPrefix: string;
  /** Overrides the swarm ID (default: the manifest URL without its query). */
  swarmId?: string;
  /** `false`, a rejection or a throw rejects the data and disconnects the peer. */
  validateP2PSegment?: (url: string, byteRange: ByteRange | undefined, data: ArrayBuffer) => Promise<boolean>;
  /** Same, for HTTP downloads. */
  validateHTTPSegment?: (url: string, byteRange: ByteRange | undefined, data: ArrayBuffer) => Promise<boolean>;
  /** Returns the Request the engine fetches, or nothing for the default request. */
  httpRequestSetup?: (
    segmentUrl: string,
    segmentByteRange: ByteRange | undefined,
    requestAbortSignal: AbortSignal,
    requestByteRange: { start: number; end?: number } | undefined,
  ) => Promise<Request | undefined | null>;
  /** SwarmLoader resource limits (wire-protocol.md §10). */
  maxPeersPerSwarm: number;
  maxPeerConnections: number;
  maxPendingOffers: number;
  maxConcurrentUploads: number;
  maxSegmentSizeBytes: number;
  maxCommandBytes: number;
  maxAnnouncedIds: number;
  uploadResponseDeadlineMs: number;
};

/** Options shared by both stream types. */
export type CommonCoreConfig = {
  /** Memory storage cap in MiB; default by user agent (4096 desktop, 2048 Android, 1024 iOS). */
  segmentMemoryStorageLimit: number | undefined;
  /** `(isLive) => SegmentStorage`, called on the first segment request. */
  customSegmentStorageFactory?: (isLive: boolean) => SegmentStorage;
};

/** The `core` section: common options, stream options for both types, and per-type overrides. */
export type CoreConfig = Partial<StreamConfig> &
  Partial<CommonCoreConfig> & {
    mainStream?: Partial<StreamConfig>;
    secondaryStream?: Partial<StreamConfig>;
  };

/** The `core` section as `getConfig()` returns it. */
export type DefinedCoreConfig = CommonCoreConfig &
  Partial<StreamConfig> & {
    mainStream: StreamConfig;
    secondaryStream: StreamConfig;
  };

/** Stream options `applyDynamicConfig` may change. */
export type DynamicStreamProperties =
  | "highDemandTimeWindow"
  | "httpDownloadInitialTimeoutMs"
  | "httpDownloadTimeWindow"
  | "p2pDownloadTimeWindow"
  | "simultaneousHttpDownloads"
  | "simultaneousP2PDownloads"
  | "webRtcMaxMessageSize"
  | "p2pNotReceivingBytesTimeoutMs"
  | "p2pInactiveLoaderDestroyTimeoutMs"
  | "httpNotReceivingBytesTimeoutMs"
  | "httpErrorRetries"
  | "p2pErrorRetries"
  | "validateP2PSegment"
  | "httpRequestSetup"
  | "isP2PDisabled"
  | "isP2PUploadDisabled"
  | "maxPeersPerSwarm"
  | "maxPeerConnections"
  | "maxPendingOffers"
  | "maxConcurrentUploads"
  | "maxSegmentSizeBytes"
  | "maxCommandBytes"
  | "maxAnnouncedIds"
  | "uploadResponseDeadlineMs";

export type DynamicStreamConfig = Partial<Pick<StreamConfig, DynamicStreamProperties>>;

export type DynamicCoreConfig = DynamicStreamConfig &
  Partial<Pick<CommonCoreConfig, "segmentMemoryStorageLimit">> & {
    mainStream?: DynamicStreamConfig;
    secondaryStream?: DynamicStreamConfig;
  };

/** A custom segment storage (player-integration.md §6.1). */
export interface SegmentStorage {
  initialize(
    coreConfig: CommonCoreConfig,
    mainStreamConfig: StreamConfig,
    secondaryStreamConfig: StreamConfig,
  ): Promise<void>;
  onPlaybackUpdated(position: number, rate: number): void;
  onSegmentRequested(
    swarmId: string,
    streamId: string,
    segmentId: number,
    startTime: number,
    endTime: number,
    streamType: StreamType,
    isLiveStream: boolean,
  ): void;
  storeSegment(
    swarmId: string,
    streamId: string,
    segmentId: number,
    data: ArrayBuffer,
    startTime: number,
    endTime: number,
    streamType: StreamType,
    isLiveStream: boolean,
  ): Promise<void>;
  getSegmentData(swarmId: string, streamId: string, segmentId: number): Promise<ArrayBuffer | undefined>;
  /** MiB. */
  getUsage(): { totalCapacity: number; usedCapacity: number };
  hasSegment(swarmId: string, streamId: string, segmentId: number): boolean;
  getStoredSegmentIds(swarmId: string, streamId: string): number[];
  setSegmentChangeCallback(callback: (streamId: string) => void): void;
  destroy(): void;
}

export type RequestAbortErrorType = "abort" | "bytes-receiving-timeout";
export type HttpRequestErrorType =
  | "http-error"
  | "http-bytes-mismatch"
  | "http-unexpected-status-code"
  | "http-segment-validation-failed";
export type PeerRequestErrorType =
  | "peer-response-bytes-length-mismatch"
  | "peer-protocol-violation"
  | "peer-segment-absent"
  | "peer-closed"
  | "p2p-segment-validation-failed";
export type RequestErrorType = RequestAbortErrorType | PeerRequestErrorType | HttpRequestErrorType;

/** A failed download attempt (HTTP or P2P). */
export declare class RequestError<T extends RequestErrorType = RequestErrorType> extends Error {
  readonly type: T;
  /** `performance.now()` at creation. */
  readonly timestamp: number;
  constructor(type: T, message?: string);
}

/** A player request the engine could not serve: HTTP retries exhausted, or aborted. */
export declare class CoreRequestError extends Error {
  readonly type: "failed" | "aborted";
  constructor(type: "failed" | "aborted", message?: string);
}

export type SegmentStartDetails = {
  segment: Segment;
  downloadSource: DownloadSource;
  peerId: string | undefined;
  streamType: StreamType;
};

export type SegmentErrorDetails = {
  error: RequestError;
  segment: Segment;
  downloadSource: DownloadSource;
  peerId: string | undefined;
  streamType: StreamType;
};

export type SegmentAbortDetails = {
  segment: Segment;
  downloadSource: DownloadSource | undefined;
  peerId: string | undefined;
  streamType: StreamType;
};

export type SegmentLoadDetails = {
  segmentUrl: string;
  bytesLength: number;
  downloadSource: DownloadSource;
  peerId: string | undefined;
  streamType: StreamType;
};

export type PeerDetails = {
  peerId: string;
  streamType: StreamType;
};

export type PeerErrorDetails = {
  peerId: string;
  streamType: StreamType;
  error: Error;
};

export type TrackerErrorDetails = {
  streamType: StreamType;
  error: unknown;
};

export type TrackerWarningDetails = {
  streamType: StreamType;
  warning: unknown;
};

/** The engine's events, by name. Listeners are called synchronously; what they throw is logged. */
export type CoreEventMap = {
  onSegmentLoaded: (params: SegmentLoadDetails) => void;
  onSegmentError: (params: SegmentErrorDetails) => void;
  onSegmentAbort: (params: SegmentAbortDetails) => void;
  onSegmentStart: (params: SegmentStartDetails) => void;
  onPeerConnect: (params: PeerDetails) => void;
  onPeerClose: (params: PeerDetails) => void;
  onPeerError: (params: PeerErrorDetails) => void;
  onChunkDownloaded: (bytesLength: number, downloadSource: DownloadSource, peerId?: string) => void;
  onChunkUploaded: (bytesLength: number, peerId: string) => void;
  onTrackerError: (params: TrackerErrorDetails) => void;
  onTrackerWarning: (params: TrackerWarningDetails) => void;
};

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

/** Attributes of a stream for `generateStreamShortId`; each may be missing. */
export type GenerateStreamShortIdProps = {
  bitrate?: number | null;
  codecs?: string | null;
  width?: number | null;
  height?: number | null;
  language?: string | null;
  channels?: string | number | null;
  name?: string | null;
  frameRate?: number | string | null;
  videoRange?: string | null;
};

/**
 * The 28-character stream short ID (wire-protocol.md §2.1): standard Base64 of the SHA-1 of the
 * normalised attributes. Fields are used as given; for a main stream pass bitrate, codecs,
 * width, height, frameRate and videoRange (only the bitrate when it is 0), for an audio rendition
 * bitrate 0, codecs, language, channels and name.
 */
export declare function generateStreamShortId(props: GenerateStreamShortIdProps): string;
