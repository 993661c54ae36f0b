package io.swarmloader.core.platform;

import io.swarmloader.core.util.OrderedMap;
import java.util.Map;

/**
 * A GET request. {@code rangeHeader} is the value of the Range header or null; headers holds extra
 * request headers (never null). {@code nativeRequest} is an opaque platform object (a JS Request
 * returned by httpRequestSetup) that replaces url and headers when non-null.
 */
public record HttpRequest(
    String url,
    String rangeHeader,
    Map<String, String> headers,
    boolean withCredentials,
    Object nativeRequest) {
  public HttpRequest {
    headers = OrderedMap.copyOf(headers);
  }

  public static HttpRequest get(String url, String rangeHeader) {
    return new HttpRequest(url, rangeHeader, new OrderedMap<>(), false, null);
  }
}
