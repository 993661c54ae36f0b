package io.swarmloader.core.config;

import io.swarmloader.core.download.HttpRequestSetup;
import io.swarmloader.core.download.SegmentValidator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The mapping table between the JS stream options (player-integration.md §1.4, wire-protocol.md
 * §10) and {@link StreamConfig}: JS key and unit, Java value, minimum, and whether {@code
 * applyDynamicConfig} may change it. Seconds keys become {@code ...Ms} fields; every other numeric
 * key has the same unit on both sides. The minimums equal those of {@link ConfigChecks} (a test
 * holds them together).
 */
enum StreamOption {
  IS_P2P_DISABLED(
      "isP2PDisabled",
      OptionKind.BOOLEAN,
      true,
      0,
      StreamConfig::isP2PDisabled,
      (b, v) -> b.isP2PDisabled((Boolean) v)),
  IS_P2P_UPLOAD_DISABLED(
      "isP2PUploadDisabled",
      OptionKind.BOOLEAN,
      true,
      0,
      StreamConfig::isP2PUploadDisabled,
      (b, v) -> b.isP2PUploadDisabled((Boolean) v)),
  HIGH_DEMAND_TIME_WINDOW(
      "highDemandTimeWindow",
      OptionKind.SECONDS_AS_MS,
      true,
      0,
      StreamConfig::highDemandWindowMs,
      (b, v) -> b.highDemandWindowMs((Integer) v)),
  HTTP_DOWNLOAD_TIME_WINDOW(
      "httpDownloadTimeWindow",
      OptionKind.SECONDS_AS_MS,
      true,
      0,
      StreamConfig::httpDownloadWindowMs,
      (b, v) -> b.httpDownloadWindowMs((Integer) v)),
  P2P_DOWNLOAD_TIME_WINDOW(
      "p2pDownloadTimeWindow",
      OptionKind.SECONDS_AS_MS,
      true,
      0,
      StreamConfig::p2pDownloadWindowMs,
      (b, v) -> b.p2pDownloadWindowMs((Integer) v)),
  HTTP_DOWNLOAD_INITIAL_TIMEOUT_MS(
      "httpDownloadInitialTimeoutMs",
      OptionKind.INT,
      true,
      0,
      StreamConfig::httpDownloadInitialTimeoutMs,
      (b, v) -> b.httpDownloadInitialTimeoutMs((Integer) v)),
  SIMULTANEOUS_HTTP_DOWNLOADS(
      "simultaneousHttpDownloads",
      OptionKind.INT,
      true,
      1,
      StreamConfig::simultaneousHttpDownloads,
      (b, v) -> b.simultaneousHttpDownloads((Integer) v)),
  SIMULTANEOUS_P2P_DOWNLOADS(
      "simultaneousP2PDownloads",
      OptionKind.INT,
      true,
      1,
      StreamConfig::simultaneousP2PDownloads,
      (b, v) -> b.simultaneousP2PDownloads((Integer) v)),
  WEB_RTC_MAX_MESSAGE_SIZE(
      "webRtcMaxMessageSize",
      OptionKind.INT,
      true,
      64,
      StreamConfig::webRtcMaxMessageSize,
      (b, v) -> b.webRtcMaxMessageSize((Integer) v)),
  P2P_NOT_RECEIVING_BYTES_TIMEOUT_MS(
      "p2pNotReceivingBytesTimeoutMs",
      OptionKind.INT,
      true,
      1,
      StreamConfig::p2pNotReceivingBytesTimeoutMs,
      (b, v) -> b.p2pNotReceivingBytesTimeoutMs((Integer) v)),
  P2P_INACTIVE_LOADER_DESTROY_TIMEOUT_MS(
      "p2pInactiveLoaderDestroyTimeoutMs",
      OptionKind.INT,
      true,
      0,
      StreamConfig::p2pInactiveLoaderDestroyTimeoutMs,
      (b, v) -> b.p2pInactiveLoaderDestroyTimeoutMs((Integer) v)),
  HTTP_NOT_RECEIVING_BYTES_TIMEOUT_MS(
      "httpNotReceivingBytesTimeoutMs",
      OptionKind.INT,
      true,
      1,
      StreamConfig::httpNotReceivingBytesTimeoutMs,
      (b, v) -> b.httpNotReceivingBytesTimeoutMs((Integer) v)),
  HTTP_ERROR_RETRIES(
      "httpErrorRetries",
      OptionKind.INT,
      true,
      1,
      StreamConfig::httpErrorRetries,
      (b, v) -> b.httpErrorRetries((Integer) v)),
  P2P_ERROR_RETRIES(
      "p2pErrorRetries",
      OptionKind.INT,
      true,
      1,
      StreamConfig::p2pErrorRetries,
      (b, v) -> b.p2pErrorRetries((Integer) v)),
  ANNOUNCE_TRACKERS(
      "announceTrackers",
      OptionKind.STRING_LIST,
      false,
      0,
      StreamConfig::announceTrackers,
      (b, v) -> b.announceTrackers(castList(v))),
  RTC_CONFIG(
      "rtcConfig",
      OptionKind.OPAQUE_OBJECT,
      false,
      0,
      StreamConfig::rtcConfig,
      StreamConfig.Builder::rtcConfig),
  TRACKER_CLIENT_VERSION_PREFIX(
      "trackerClientVersionPrefix",
      OptionKind.PEER_ID_PREFIX,
      false,
      0,
      StreamConfig::trackerClientVersionPrefix,
      (b, v) -> b.trackerClientVersionPrefix((String) v)),
  SWARM_ID(
      "swarmId",
      OptionKind.STRING,
      false,
      0,
      StreamConfig::swarmId,
      (b, v) -> b.swarmId((String) v)),
  VALIDATE_P2P_SEGMENT(
      "validateP2PSegment",
      OptionKind.SEGMENT_VALIDATOR,
      true,
      0,
      StreamConfig::validateP2PSegment,
      (b, v) -> b.validateP2PSegment((SegmentValidator) v)),
  VALIDATE_HTTP_SEGMENT(
      "validateHTTPSegment",
      OptionKind.SEGMENT_VALIDATOR,
      false,
      0,
      StreamConfig::validateHttpSegment,
      (b, v) -> b.validateHttpSegment((SegmentValidator) v)),
  HTTP_REQUEST_SETUP(
      "httpRequestSetup",
      OptionKind.HTTP_REQUEST_SETUP,
      true,
      0,
      StreamConfig::httpRequestSetup,
      (b, v) -> b.httpRequestSetup((HttpRequestSetup) v)),
  MAX_PEERS_PER_SWARM(
      "maxPeersPerSwarm",
      OptionKind.INT,
      true,
      0,
      StreamConfig::maxPeersPerSwarm,
      (b, v) -> b.maxPeersPerSwarm((Integer) v)),
  MAX_PEER_CONNECTIONS(
      "maxPeerConnections",
      OptionKind.INT,
      true,
      0,
      StreamConfig::maxPeerConnections,
      (b, v) -> b.maxPeerConnections((Integer) v)),
  MAX_PENDING_OFFERS(
      "maxPendingOffers",
      OptionKind.INT,
      true,
      0,
      StreamConfig::maxPendingOffers,
      (b, v) -> b.maxPendingOffers((Integer) v)),
  MAX_CONCURRENT_UPLOADS(
      "maxConcurrentUploads",
      OptionKind.INT,
      true,
      0,
      StreamConfig::maxConcurrentUploads,
      (b, v) -> b.maxConcurrentUploads((Integer) v)),
  MAX_SEGMENT_SIZE_BYTES(
      "maxSegmentSizeBytes",
      OptionKind.INT,
      true,
      1,
      StreamConfig::maxSegmentSizeBytes,
      (b, v) -> b.maxSegmentSizeBytes((Integer) v)),
  MAX_COMMAND_BYTES(
      "maxCommandBytes",
      OptionKind.INT,
      true,
      64,
      StreamConfig::maxCommandBytes,
      (b, v) -> b.maxCommandBytes((Integer) v)),
  MAX_ANNOUNCED_IDS(
      "maxAnnouncedIds",
      OptionKind.INT,
      true,
      1,
      StreamConfig::maxAnnouncedIds,
      (b, v) -> b.maxAnnouncedIds((Integer) v)),
  UPLOAD_RESPONSE_DEADLINE_MS(
      "uploadResponseDeadlineMs",
      OptionKind.INT,
      true,
      1,
      StreamConfig::uploadResponseDeadlineMs,
      (b, v) -> b.uploadResponseDeadlineMs((Integer) v));

  final String jsKey;
  final OptionKind kind;
  final boolean dynamic;
  final int min;
  private final Function<StreamConfig, Object> getter;
  private final BiConsumer<StreamConfig.Builder, Object> setter;

  StreamOption(
      String jsKey,
      OptionKind kind,
      boolean dynamic,
      int min,
      Function<StreamConfig, Object> getter,
      BiConsumer<StreamConfig.Builder, Object> setter) {
    this.jsKey = jsKey;
    this.kind = kind;
    this.dynamic = dynamic;
    this.min = min;
    this.getter = getter;
    this.setter = setter;
  }

  /** The Java value (boxed; null when unset). */
  Object get(StreamConfig config) {
    return getter.apply(config);
  }

  /** Sets a value already converted by {@link ConfigValues#toJava}. */
  void set(StreamConfig.Builder builder, Object javaValue) {
    setter.accept(builder, javaValue);
  }

  /** The option with this JS key, or null. */
  static StreamOption byJsKey(String jsKey) {
    for (StreamOption option : values()) {
      if (option.jsKey.equals(jsKey)) {
        return option;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(Object value) {
    return (List<String>) value;
  }
}
