package io.swarmloader.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;

/**
 * The Node test server ({@code src/test/node/test-server.mjs}): pages, {@code node_modules}, the
 * SwarmLoader dist directory, media with Range and CORS, the live rewriter, redirects, and fault
 * injection through {@code /control/*}.
 */
final class TestServer implements AutoCloseable {
  /** Live playlist window in segments: long enough for live P2P (browser-testing.md §8.4). */
  static final int LIVE_WINDOW = 20;

  private final NodeProcess process;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  private TestServer(NodeProcess process) {
    this.process = process;
  }

  static TestServer start() {
    int port = NodeProcess.freePort();
    NodeProcess p =
        NodeProcess.start(
            "test-server",
            port,
            E2ePaths.nodeScripts().resolve("test-server.mjs"),
            List.of(
                "--port", String.valueOf(port),
                "--root", E2ePaths.root().toString(),
                "--media", E2ePaths.media().toString(),
                "--dist", E2ePaths.dist().toString(),
                "--shaka-dist", E2ePaths.shakaDist().toString(),
                "--pages", E2ePaths.pages().toString(),
                "--live-window", String.valueOf(LIVE_WINDOW)),
            Map.of());
    return new TestServer(p);
  }

  int port() {
    return process.port();
  }

  String origin() {
    return "http://127.0.0.1:" + port();
  }

  /**
   * Every next {@code count} request whose path ends with {@code pathSuffix} gets {@code status}.
   */
  void fault(String pathSuffix, int status, int count) {
    control("fault?match=" + enc(pathSuffix) + "&status=" + status + "&count=" + count);
  }

  /** The next {@code count} such requests get the file with one byte flipped. */
  void corrupt(String pathSuffix, int count) {
    control("fault?match=" + enc(pathSuffix) + "&status=corrupt&count=" + count);
  }

  void throttle(String pathSuffix, int bytesPerSec) {
    control("throttle?match=" + enc(pathSuffix) + "&bytesPerSec=" + bytesPerSec);
  }

  /** Requests whose path ends with {@code pathSuffix} and lack {@code name: value} get 403. */
  void requireHeader(String pathSuffix, String name, String value) {
    control(
        "require-header?match=" + enc(pathSuffix) + "&name=" + enc(name) + "&value=" + enc(value));
  }

  void clearFaults() {
    control("clear");
  }

  /**
   * {@code {faults: [{match, status, count, hits}], throttles, media: {path: {requests, ...}}}}.
   */
  Map<String, Object> state() {
    return new Json().toType(control("state"), Json.MAP_TYPE);
  }

  private String control(String pathAndQuery) {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(origin() + "/control/" + pathAndQuery))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("control " + pathAndQuery + " -> " + r.statusCode());
      }
      return r.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  String logTail() {
    return process.logTail();
  }

  @Override
  public void close() {
    process.close();
  }
}
