package io.swarmloader.browser.check;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The self-test page's HTTP server on 127.0.0.1 (browser-testing.md §0): the page and its script,
 * and the {@code /data/…} routes the fetch checks use. Two instances give the page a second origin.
 *
 * <ul>
 *   <li>{@code /data/blob}: {@link #BLOB} with Range support (206, Content-Range, 416).
 *   <li>{@code /data/slow?id=X}: a body that trickles for {@value #SLOW_BODY_MS} ms; records in
 *       {@link #abortedSlowIds} the ids whose client went away.
 *   <li>{@code /data/echo}: the request's Range, X-Swarm-Test, X-Native and Cookie headers and its
 *       query, as text, with credentialed CORS for any origin.
 * </ul>
 */
final class SelfTestServer implements AutoCloseable {
  /** Size of {@code /data/blob}. */
  static final int BLOB_BYTES = 2_000_000;

  /** The blob: seeded random bytes, every value present. */
  static final byte[] BLOB = blob();

  private static final int SLOW_BODY_MS = 4_000;

  final Set<String> abortedSlowIds = ConcurrentHashMap.newKeySet();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Path script;

  SelfTestServer(Path script) throws IOException {
    this.script = script;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      String path = exchange.getRequestURI().getPath();
      switch (path) {
        case "/", "/index.html" -> sendResource(exchange, "/selftest/index.html", "text/html");
        case "/runtime-selftest.js" -> send(exchange, 200, "text/javascript", readScript());
        case "/data/blob" -> sendBlob(exchange);
        case "/data/slow" -> sendSlow(exchange);
        case "/data/echo" -> sendEcho(exchange);
        default -> send(exchange, 404, "text/plain", bytes("not found"));
      }
    }
  }

  private byte[] readScript() throws IOException {
    return Files.readAllBytes(script);
  }

  private static void sendResource(HttpExchange exchange, String name, String type)
      throws IOException {
    try (InputStream in = SelfTestServer.class.getResourceAsStream(name)) {
      send(exchange, 200, type, in.readAllBytes());
    }
  }

  private static void sendBlob(HttpExchange exchange) throws IOException {
    Headers out = exchange.getResponseHeaders();
    out.set("Content-Type", "application/octet-stream");
    String range = exchange.getRequestHeaders().getFirst("Range");
    int first = 0;
    int last = BLOB_BYTES - 1;
    int status = 200;
    if (range != null && range.startsWith("bytes=")) {
      String spec = range.substring("bytes=".length());
      int dash = spec.indexOf('-');
      first = Integer.parseInt(spec.substring(0, dash));
      String end = spec.substring(dash + 1);
      last = end.isEmpty() ? BLOB_BYTES - 1 : Math.min(Integer.parseInt(end), BLOB_BYTES - 1);
      if (first >= BLOB_BYTES) {
        out.set("Content-Range", "bytes */" + BLOB_BYTES);
        exchange.sendResponseHeaders(416, -1);
        return;
      }
      status = 206;
      out.set("Content-Range", "bytes " + first + "-" + last + "/" + BLOB_BYTES);
    }
    int length = last - first + 1;
    exchange.sendResponseHeaders(status, length);
    OutputStream body = exchange.getResponseBody();
    for (int offset = first; offset <= last; offset += 65_536) {
      body.write(BLOB, offset, Math.min(65_536, last + 1 - offset));
      body.flush();
      pause(2); // a local server is faster than the reader: let the body arrive in pieces
    }
  }

  private void sendSlow(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getQuery();
    String id = query == null ? "" : query.substring(query.indexOf('=') + 1);
    exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
    exchange.sendResponseHeaders(200, 0); // chunked
    OutputStream body = exchange.getResponseBody();
    byte[] piece = new byte[16_384];
    long endNanos = System.nanoTime() + SLOW_BODY_MS * 1_000_000L;
    try {
      while (System.nanoTime() < endNanos) {
        body.write(piece);
        body.flush();
        Thread.sleep(50);
      }
    } catch (IOException e) {
      abortedSlowIds.add(id);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sendEcho(HttpExchange exchange) throws IOException {
    Headers in = exchange.getRequestHeaders();
    Headers out = exchange.getResponseHeaders();
    String origin = in.getFirst("Origin");
    if (origin != null) {
      out.set("Access-Control-Allow-Origin", origin);
      out.set("Access-Control-Allow-Credentials", "true");
      out.set("Vary", "Origin");
    }
    String text =
        "query="
            + nonNull(exchange.getRequestURI().getQuery())
            + ";range="
            + nonNull(in.getFirst("Range"))
            + ";x-swarm-test="
            + nonNull(in.getFirst("X-Swarm-Test"))
            + ";x-native="
            + nonNull(in.getFirst("X-Native"))
            + ";cookie="
            + nonNull(in.getFirst("Cookie"));
    send(exchange, 200, "text/plain; charset=utf-8", bytes(text));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  private static void pause(int ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] blob() {
    byte[] data = new byte[BLOB_BYTES];
    SplittableRandom random = new SplittableRandom(2024);
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) random.nextInt(256);
    }
    return data;
  }
}
