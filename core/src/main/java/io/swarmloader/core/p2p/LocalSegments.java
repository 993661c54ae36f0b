package io.swarmloader.core.p2p;

import java.util.function.Consumer;

/** What this engine can serve to peers of one swarm (the uploader side's view of storage). */
public interface LocalSegments {
  /** True when the segment is held complete and will be served. */
  boolean isServable(long externalId);

  /** Reads a servable segment; {@code result} gets null when it is gone. May answer later. */
  void read(long externalId, Consumer<byte[]> result);
}
