package io.swarmloader.core.download;

import io.swarmloader.core.model.ByteRange;
import java.util.function.Consumer;

/**
 * validateP2PSegment / validateHTTPSegment. Answers asynchronously; an implementation that throws
 * or answers false rejects the data.
 */
public interface SegmentValidator {
  void validate(String url, ByteRange byteRange, byte[] data, Consumer<Boolean> result);
}
