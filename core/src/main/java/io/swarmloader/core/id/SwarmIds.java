package io.swarmloader.core.id;

import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.util.Text;

/**
 * Swarm, stream and tracker identifiers (wire-protocol.md §2.2–2.4). All of them decide who meets
 * whom, so each is computed exactly as 2.3.x peers compute it. Pure functions.
 */
public final class SwarmIds {
  /** The fixed protocol constant in front of every stream swarm ID. */
  public static final String PROTOCOL_VERSION_PREFIX = "v2";

  private SwarmIds() {}

  /**
   * wire-protocol.md §2.2: {@code configSwarmId} when set (even when empty), otherwise the manifest
   * response URL with everything from the first {@code ?} removed. Nothing else is normalised.
   */
  public static String swarmId(String configSwarmId, String manifestResponseUrl) {
    if (configSwarmId != null) {
      return configSwarmId;
    }
    int query = manifestResponseUrl.indexOf('?');
    return query < 0 ? manifestResponseUrl : manifestResponseUrl.substring(0, query);
  }

  /** {@code {type}-{shortId}}, e.g. {@code main-3FLe7Dya7e9xv0TJuS0m614xjgc=}. */
  public static String streamId(StreamType type, String shortId) {
    return Text.cat(type.wireName(), "-", shortId);
  }

  /** {@code v2-{swarmId}-{type}-{shortId}} (wire-protocol.md §2.3). */
  public static String streamSwarmId(String swarmId, StreamType type, String shortId) {
    return Text.cat(PROTOCOL_VERSION_PREFIX + "-", swarmId, Text.cat("-", streamId(type, shortId)));
  }

  /**
   * wire-protocol.md §2.4: standard Base64 of the first 15 bytes of the SHA-1 of the UTF-8 stream
   * swarm ID; always 20 characters, sent verbatim as the tracker {@code info_hash}.
   */
  public static String infoHash(String streamSwarmId) {
    return Base64.encode(Sha1.digest(Utf8.encode(streamSwarmId)), 0, 15);
  }
}
