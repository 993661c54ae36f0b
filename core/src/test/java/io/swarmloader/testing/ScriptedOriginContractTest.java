package io.swarmloader.testing;

import io.swarmloader.core.platform.HttpClient;

class ScriptedOriginContractTest extends HttpClientContractTest {
  @Override
  protected HttpClient createClient(VirtualClock clock, String url, byte[] body) {
    ScriptedOrigin origin = new ScriptedOrigin(clock);
    origin.at(url).status(200).body(body);
    return origin;
  }
}
