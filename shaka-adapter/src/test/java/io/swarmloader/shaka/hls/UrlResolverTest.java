package io.swarmloader.shaka.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UrlResolverTest {
  /**
   * Expected values printed by Node's WHATWG {@code new URL(reference, base).toString()}, which is
   * what Shaka Player 5 stores as a reference URI. The first block is RFC 3986 §5.4 (normal and
   * abnormal examples); the browser differs from the RFC only where an http path is empty ({@code
   * //g} gives {@code http://g/}).
   */
  static Stream<Arguments> browserAgreement() {
    return Stream.of(
        Arguments.of("http://a/b/c/d;p?q", "g:h", "g:h"),
        Arguments.of("http://a/b/c/d;p?q", "g", "http://a/b/c/g"),
        Arguments.of("http://a/b/c/d;p?q", "./g", "http://a/b/c/g"),
        Arguments.of("http://a/b/c/d;p?q", "g/", "http://a/b/c/g/"),
        Arguments.of("http://a/b/c/d;p?q", "/g", "http://a/g"),
        Arguments.of("http://a/b/c/d;p?q", "//g", "http://g/"),
        Arguments.of("http://a/b/c/d;p?q", "?y", "http://a/b/c/d;p?y"),
        Arguments.of("http://a/b/c/d;p?q", "g?y", "http://a/b/c/g?y"),
        Arguments.of("http://a/b/c/d;p?q", "#s", "http://a/b/c/d;p?q#s"),
        Arguments.of("http://a/b/c/d;p?q", "g#s", "http://a/b/c/g#s"),
        Arguments.of("http://a/b/c/d;p?q", "g?y#s", "http://a/b/c/g?y#s"),
        Arguments.of("http://a/b/c/d;p?q", ";x", "http://a/b/c/;x"),
        Arguments.of("http://a/b/c/d;p?q", "g;x", "http://a/b/c/g;x"),
        Arguments.of("http://a/b/c/d;p?q", "g;x?y#s", "http://a/b/c/g;x?y#s"),
        Arguments.of("http://a/b/c/d;p?q", "", "http://a/b/c/d;p?q"),
        Arguments.of("http://a/b/c/d;p?q", ".", "http://a/b/c/"),
        Arguments.of("http://a/b/c/d;p?q", " ./", "http://a/b/c/"),
        Arguments.of("http://a/b/c/d;p?q", "..", "http://a/b/"),
        Arguments.of("http://a/b/c/d;p?q", "../", "http://a/b/"),
        Arguments.of("http://a/b/c/d;p?q", "../g", "http://a/b/g"),
        Arguments.of("http://a/b/c/d;p?q", "../..", "http://a/"),
        Arguments.of("http://a/b/c/d;p?q", "../../", "http://a/"),
        Arguments.of("http://a/b/c/d;p?q", "../../g", "http://a/g"),
        Arguments.of("http://a/b/c/d;p?q", "../../../g", "http://a/g"),
        Arguments.of("http://a/b/c/d;p?q", "../../../../g", "http://a/g"),
        Arguments.of("http://a/b/c/d;p?q", "/./g", "http://a/g"),
        Arguments.of("http://a/b/c/d;p?q", "/../g", "http://a/g"),
        Arguments.of("http://a/b/c/d;p?q", "g.", "http://a/b/c/g."),
        Arguments.of("http://a/b/c/d;p?q", ".g", "http://a/b/c/.g"),
        Arguments.of("http://a/b/c/d;p?q", "g..", "http://a/b/c/g.."),
        Arguments.of("http://a/b/c/d;p?q", "..g", "http://a/b/c/..g"),
        Arguments.of("http://a/b/c/d;p?q", "./../g", "http://a/b/g"),
        Arguments.of("http://a/b/c/d;p?q", "./g/.", "http://a/b/c/g/"),
        Arguments.of("http://a/b/c/d;p?q", "g/./h", "http://a/b/c/g/h"),
        Arguments.of("http://a/b/c/d;p?q", "g/../h", "http://a/b/c/h"),
        Arguments.of("http://a/b/c/d;p?q", "g;x=1/./y", "http://a/b/c/g;x=1/y"),
        Arguments.of("http://a/b/c/d;p?q", "g;x=1/../y", "http://a/b/c/y"),
        Arguments.of("http://a/b/c/d;p?q", "g?y/./x", "http://a/b/c/g?y/./x"),
        Arguments.of("http://a/b/c/d;p?q", "g?y/../x", "http://a/b/c/g?y/../x"),
        Arguments.of("http://a/b/c/d;p?q", "g#s/./x", "http://a/b/c/g#s/./x"),
        Arguments.of("http://a/b/c/d;p?q", "g#s/../x", "http://a/b/c/g#s/../x"),
        Arguments.of(
            "https://cdn.example.com/live/video/index.m3u8?token=abc",
            "seg1.ts",
            "https://cdn.example.com/live/video/seg1.ts"),
        Arguments.of(
            "https://cdn.example.com/live/video/index.m3u8?token=abc",
            "seg1.ts?x=1",
            "https://cdn.example.com/live/video/seg1.ts?x=1"),
        Arguments.of(
            "https://cdn.example.com/live/video/index.m3u8?token=abc",
            "../audio/seg.ts",
            "https://cdn.example.com/live/audio/seg.ts"),
        Arguments.of(
            "https://cdn.example.com/live/video/index.m3u8?token=abc",
            "./seg.ts",
            "https://cdn.example.com/live/video/seg.ts"),
        Arguments.of(
            "https://cdn.example.com/live/video/index.m3u8?token=abc",
            "/root/seg.ts",
            "https://cdn.example.com/root/seg.ts"),
        Arguments.of(
            "https://cdn.example.com/live/video/index.m3u8?token=abc",
            "//other.example.com/seg.ts",
            "https://other.example.com/seg.ts"),
        Arguments.of(
            "https://cdn.example.com/live/video/index.m3u8?token=abc",
            "http://X.Example.com:80/y.ts",
            "http://x.example.com/y.ts"),
        Arguments.of(
            "https://cdn.example.com/live/video/index.m3u8?token=abc",
            "HTTPS://CDN.Example.COM:443/a",
            "https://cdn.example.com/a"),
        Arguments.of(
            "https://cdn.example.com/live/video/index.m3u8?token=abc",
            "https://h:8443/a",
            "https://h:8443/a"),
        Arguments.of(
            "https://cdn.example.com/live/video/index.m3u8?token=abc",
            "?a=1",
            "https://cdn.example.com/live/video/index.m3u8?a=1"),
        Arguments.of(
            "https://cdn.example.com/live/video/index.m3u8?token=abc",
            "seg 1.ts",
            "https://cdn.example.com/live/video/seg%201.ts"),
        Arguments.of(
            "https://cdn.example.com/live/video/index.m3u8?token=abc",
            "café.ts",
            "https://cdn.example.com/live/video/caf%C3%A9.ts"),
        Arguments.of(
            "https://cdn.example.com/live/video/index.m3u8?token=abc",
            "a%2e%2e/b",
            "https://cdn.example.com/live/video/a%2e%2e/b"),
        Arguments.of(
            "https://cdn.example.com/live/video/index.m3u8?token=abc",
            "%2e%2e/x.ts",
            "https://cdn.example.com/live/x.ts"),
        Arguments.of(
            "https://cdn.example.com/live/video/index.m3u8?token=abc",
            "%2E/y.ts",
            "https://cdn.example.com/live/video/y.ts"),
        Arguments.of(
            "https://cdn.example.com/live/video/index.m3u8?token=abc",
            "q.ts?a b=\"c\"&d='e'",
            "https://cdn.example.com/live/video/q.ts?a%20b=%22c%22&d=%27e%27"),
        Arguments.of(
            "https://cdn.example.com/live/video/index.m3u8?token=abc",
            "f.ts#frag ment",
            "https://cdn.example.com/live/video/f.ts#frag%20ment"),
        Arguments.of(
            "https://cdn.example.com/live/video/index.m3u8?token=abc",
            "  seg2.ts  ",
            "https://cdn.example.com/live/video/seg2.ts"),
        Arguments.of(
            "https://cdn.example.com/live/video/index.m3u8?token=abc",
            "seg{1}.ts",
            "https://cdn.example.com/live/video/seg%7B1%7D.ts"),
        Arguments.of(
            "https://cdn.example.com/live/video/index.m3u8?token=abc",
            "https://user:Pw@HOST.com/p",
            "https://user:Pw@host.com/p"),
        Arguments.of("https://Example.COM", "a.ts", "https://example.com/a.ts"));
  }

  @ParameterizedTest(name = "[{1}] against {0}")
  @MethodSource("browserAgreement")
  void resolvesLikeTheBrowserUrlParser(String base, String reference, String expected) {
    assertEquals(expected, UrlResolver.resolve(base, reference));
  }

  @Test
  void strictRfcForAReferenceWithItsOwnScheme() {
    // RFC 3986 §5.4.2 strict parsing; a browser would treat "http:g" as relative.
    assertEquals("http:g", UrlResolver.resolve("http://a/b/c/d;p?q", "http:g"));
  }

  @Test
  void aBaseWithoutSchemeCannotResolveARelativeReference() {
    assertNull(UrlResolver.resolve("/live/index.m3u8", "seg.ts"));
    assertNull(UrlResolver.resolve("", "seg.ts"));
    assertEquals("https://h/x.ts", UrlResolver.resolve("not a url", "https://h/x.ts"));
  }

  @Test
  void nonHttpSchemesAreOnlyLowercased() {
    assertEquals(
        "data:text/plain,A%20b", UrlResolver.resolve("https://h/", "DATA:text/plain,A%20b"));
    assertEquals("custom://Host/a b", UrlResolver.resolve("custom://Host/x/y", "/a b"));
  }

  @Test
  void dotSegmentsNeverClimbAboveTheRoot() {
    assertEquals("https://h/x.ts", UrlResolver.resolve("https://h/a/", "../../../../x.ts"));
    assertEquals("https://h/", UrlResolver.resolve("https://h/a/b", "../.."));
  }

  @Test
  void encodesAstralCharactersAsOneUtf8Sequence() {
    assertEquals("https://h/%F0%9F%8E%AC.ts", UrlResolver.resolve("https://h/", "\uD83C\uDFAC.ts"));
  }
}
