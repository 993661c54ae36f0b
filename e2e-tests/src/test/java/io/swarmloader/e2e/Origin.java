package io.swarmloader.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The origin's bytes for a segment URL: {@code /media/<rel>} is {@code
 * test-streams/target/media/<rel>}; a {@code /live/} segment is what the test server's live routes
 * serve for it without faults (test-streams/lib/live.mjs, browser-testing.md §5.4).
 */
final class Origin {
  private static final Map<Path, String> FILE_HASHES = new ConcurrentHashMap<>();
  private static final Map<String, String> LIVE_HASHES = new ConcurrentHashMap<>();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  private Origin() {}

  /** Outcome of comparing a page's fragment hashes with the origin. */
  record Verification(int verified, List<String> mismatches) {
    boolean isIdentical() {
      return mismatches.isEmpty();
    }
  }

  /** Compares every {@code url -> sha256} the page reported with the origin. */
  static Verification verify(Map<String, String> hashes) {
    List<String> mismatches = new ArrayList<>();
    int verified = 0;
    for (Map.Entry<String, String> e : hashes.entrySet()) {
      String origin;
      try {
        origin = originHash(e.getKey());
      } catch (RuntimeException ex) {
        mismatches.add(e.getKey() + ": no origin bytes (" + ex.getMessage() + ")");
        continue;
      }
      if (origin.equals(e.getValue())) {
        verified++;
      } else {
        mismatches.add(e.getKey() + ": page " + e.getValue() + " != origin " + origin);
      }
    }
    return new Verification(verified, mismatches);
  }

  /** The path of a segment URL without its {@code /ns/<token>} prefix. */
  static String originPath(String url) {
    String path = URI.create(url).getPath();
    if (path.startsWith("/ns/")) {
      path = path.substring(path.indexOf('/', 4));
    }
    return path;
  }

  /**
   * SHA-256 of the origin's bytes for a segment URL: the media file for {@code /media/<rel>}; for
   * {@code /live/*} (looped VOD segments, DASH ones with shifted media times) the bytes the test
   * server's {@code /control/origin} computes, without faults.
   */
  static String originHash(String url) {
    String path = originPath(url);
    if (path.startsWith("/media/")) {
      Path file = E2ePaths.media().resolve(path.substring("/media/".length())).normalize();
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException("no origin file " + file);
      }
      return sha256(file);
    }
    if (!path.startsWith("/live/")) {
      throw new IllegalStateException("not a media URL");
    }
    URI u = URI.create(url);
    String key = u.getScheme() + "://" + u.getAuthority() + path;
    return LIVE_HASHES.computeIfAbsent(key, k -> hex(fetchOrigin(u, path)));
  }

  private static byte[] fetchOrigin(URI u, String path) {
    URI control =
        URI.create(
            u.getScheme()
                + "://"
                + u.getAuthority()
                + "/control/origin?path="
                + URLEncoder.encode(path, StandardCharsets.UTF_8));
    try {
      HttpResponse<byte[]> r =
          HTTP.send(
              HttpRequest.newBuilder(control).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(control + " -> " + r.statusCode());
      }
      return r.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(Path file) {
    return FILE_HASHES.computeIfAbsent(
        file,
        f -> {
          try {
            return hex(Files.readAllBytes(f));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
