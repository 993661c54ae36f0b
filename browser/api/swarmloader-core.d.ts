// TypeScript declarations shared by swarmloader-hlsjs and swarmloader-shaka, written by hand
// (player-integration.md §1): the engine's config, events, errors, storage and identifier types.
// The type names are those of p2p-media-loader-core 2.3, so code typed against 2.3 compiles
// unchanged. Each adapter package ships this file next to its own declarations, which re-export it.

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
  /**
   * SwarmLoader only: the part of the high-demand window nearest the playhead where HTTP comes
   * first, seconds. Beyond it, a high-demand segment a connected peer holds is fetched from peers
   * first, and moves to HTTP (resuming from the bytes received) once it enters this window.
   * Default 6; set it to `highDemandTimeWindow` for p2p-media-loader 2.3's behaviour.
   */
  httpFirstTimeWindow: number;
  /**
   * SwarmLoader only: for this long after a stream's loader is created, a high-demand segment
   * beyond `httpFirstTimeWindow` that no connected peer holds waits for peers instead of loading
   * over HTTP. Playback starts as early as without it. Default 3000; 0 turns it off.
   */
  initialPeerWaitMs: number;
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
  | "httpFirstTimeWindow"
  | "initialPeerWaitMs"
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
