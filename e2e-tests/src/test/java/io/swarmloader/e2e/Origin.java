package io.swarmloader.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The origin's bytes for a segment URL, read from the media files the test server serves: {@code
 * /media/<rel>} is {@code target/media/<rel>}; live {@code /live/<dir>/<v>/seg-<n>.<ext>} is VOD
 * segment {@code n mod N} of {@code <dir>/<v>} (browser-testing.md §5.4).
 */
final class Origin {
  private static final Map<Path, String> FILE_HASHES = new ConcurrentHashMap<>();

  private Origin() {}

  /** Outcome of comparing a page's fragment hashes with the origin. */
  record Verification(int verified, List<String> mismatches) {
    boolean isIdentical() {
      return mismatches.isEmpty();
    }
  }

  /** Compares every {@code url -> sha256} the page reported with the origin file. */
  static Verification verify(Map<String, String> hashes) {
    List<String> mismatches = new ArrayList<>();
    int verified = 0;
    for (Map.Entry<String, String> e : hashes.entrySet()) {
      Path file = fileFor(e.getKey());
      if (file == null || !Files.isRegularFile(file)) {
        mismatches.add(e.getKey() + ": no origin file (" + file + ")");
        continue;
      }
      String origin = sha256(file);
      if (origin.equals(e.getValue())) {
        verified++;
      } else {
        mismatches.add(e.getKey() + ": page " + e.getValue() + " != origin " + origin);
      }
    }
    return new Verification(verified, mismatches);
  }

  /** The media file behind a segment URL, or null when the URL is not a media URL. */
  static Path fileFor(String url) {
    String path = URI.create(url).getPath();
    if (path.startsWith("/ns/")) {
      path = path.substring(path.indexOf('/', 4));
    }
    if (path.startsWith("/media/")) {
      return E2ePaths.media().resolve(path.substring("/media/".length())).normalize();
    }
    if (path.startsWith("/live/")) {
      String[] parts = path.substring("/live/".length()).split("/");
      if (parts.length != 3 || !parts[2].startsWith("seg-")) {
        return null;
      }
      Path variant = E2ePaths.media().resolve(parts[0]).resolve(parts[1]);
      long n = Long.parseLong(parts[2].substring(4, parts[2].indexOf('.')));
      List<String> uris = segmentUris(variant.resolve("index.m3u8"));
      return variant.resolve(uris.get((int) (n % uris.size())));
    }
    return null;
  }

  private static List<String> segmentUris(Path playlist) {
    try {
      List<String> uris = new ArrayList<>();
      for (String line : Files.readAllLines(playlist, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          uris.add(line.trim());
        }
      }
      return uris;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(Path file) {
    return FILE_HASHES.computeIfAbsent(
        file,
        f -> {
          try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
          }
        });
  }
}
