package io.swarmloader.core.download;

import io.swarmloader.core.model.ByteRange;
import io.swarmloader.core.platform.HttpRequest;
import java.util.function.Consumer;

/**
 * httpRequestSetup: may supply the request the engine fetches. {@code result} receives the request,
 * or null for the default one.
 */
public interface HttpRequestSetup {
  void setup(
      String segmentUrl,
      ByteRange segmentByteRange,
      ByteRange requestByteRange,
      Consumer<HttpRequest> result);
}
