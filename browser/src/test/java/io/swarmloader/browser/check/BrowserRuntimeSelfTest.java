package io.swarmloader.browser.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.testing.chromium.HeadlessChromium;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The browser platform in real headless Chromium: loads the self-test page ({@link
 * RuntimeSelfTest}, compiled by TeaVM at FULL optimisation) from a 127.0.0.1 server, with a Node
 * WebSocket echo server beside it, and asserts on the page's structured result, one section per
 * test. Driver setup follows browser-testing.md §4.2–§4.3 (explicit chromedriver and chromium,
 * loopback WebRTC flags, profile under target/, nothing downloaded).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserRuntimeSelfTest {
  private static final int PAGE_DEADLINE_MS = 30_000;

  private SelfTestServer server;
  private SelfTestServer crossOrigin;
  private EchoProcess echo;
  private Map<String, Object> result;
  private Path logDir;

  @BeforeAll
  void runPage() throws Exception {
    logDir = Files.createDirectories(Path.of(System.getProperty("selftest.logDir", "target")));
    Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    Path script = Path.of(System.getProperty("selftest.script"));
    server = new SelfTestServer(script);
    crossOrigin = new SelfTestServer(script);
    echo =
        new EchoProcess(Path.of(System.getProperty("selftest.wsEcho")), logDir.resolve("ws.log"));
    HeadlessChromium.Launched browser = HeadlessChromium.launch(tmp, "chrome-selftest");
    ChromeDriver driver = browser.driver();
    try {
      String url =
          server.origin()
              + "/?crossOrigin="
              + crossOrigin.origin()
              + "&refusedUrl=http://127.0.0.1:"
              + refusedPort()
              + "/&wsUrl="
              + echo.url()
              + "&wsRefusedUrl=ws://127.0.0.1:"
              + refusedPort()
              + "/";
      driver.manage().timeouts().scriptTimeout(Duration.ofMillis(PAGE_DEADLINE_MS + 10_000));
      driver.get(url);
      result = runSelfTest(driver);
      Files.writeString(logDir.resolve("result.txt"), String.valueOf(result));
      try {
        printFigures();
      } catch (AssertionError incomplete) {
        System.out.println("[selftest] result incomplete, see " + logDir.resolve("result.txt"));
      }
    } finally {
      saveBrowserLog(driver);
      browser.quit();
    }
  }

  @AfterAll
  void stopServers() {
    if (echo != null) {
      echo.close();
    }
    if (server != null) {
      server.close();
    }
    if (crossOrigin != null) {
      crossOrigin.close();
    }
  }

  @Test
  void page_ranEveryCheckWithoutErrors() {
    assertNull(result.get("error"), "page rejected");
    assertEquals(List.of(), result.get("errors"));
    assertEquals(Boolean.TRUE, result.get("done"), "page did not finish: " + result);
  }

  @Test
  void text_jsSemanticsMatchWireProtocolVectors() {
    Map<String, Object> t = section("text");
    assertEquals("Caf\u00e9", t.get("trimNbsp"));
    assertEquals("x", t.get("trimAllSpaces"));
    assertEquals(30L, t.get("number0x1e"));
    assertEquals(25L, t.get("numberSpaced"));
    assertEquals("Infinity", t.get("numberInfinity"));
    assertEquals(Boolean.TRUE, t.get("numberGarbageIsNaN"));
    assertEquals(0L, t.get("numberEmpty"));
    assertEquals("29.97", t.get("string2997"));
    assertEquals("1e+21", t.get("string1e21"));
    assertEquals("30", t.get("string30"));
    assertEquals("2149280", t.get("string2149280"));
    assertEquals("0", t.get("stringNegZero"));
    assertEquals("i\u0307", t.get("lowerDotted"));
    assertEquals("STRASSE", t.get("upperSharpS"));
    assertEquals("english", t.get("lowerEnglish"));
    String message =
        "{\"action\":\"announce\",\"info_hash\":\"\u00ff\u0080q\\\"\\\\\","
            + "\"numwant\":10,\"offers\":[{\"offer_id\":\"\u00e9\"}]}";
    assertEquals(message, t.get("jsonWritten"));
    assertEquals(message, t.get("jsonRoundTrip"));
    assertEquals(Boolean.TRUE, t.get("jsonNumberIsNumber"));
    assertEquals(Boolean.TRUE, t.get("jsonInvalidRejected"));
    assertEquals(Boolean.TRUE, t.get("jsonTooDeepRejected"));
    assertEquals(Boolean.TRUE, t.get("json64Accepted"));
    assertEquals(
        List.of(
            "2149280-avc1.64001f-1280-720----30-",
            "0-mp4a.40.2---en-2-english--",
            "800000-avc1.42001e-640-360----25-SDR",
            "0-ec-3----16-dolby atmos--",
            "128000--------",
            "5000000-avc1.640028,hvc1.2.4.l123.b0-1920-1080----29.97-PQ",
            "1000-avc1.066.30-----caf\u00e9--"),
        t.get("canonical"));
    assertEquals(
        List.of(
            "3FLe7Dya7e9xv0TJuS0m614xjgc=",
            "bdjQ1B4N2yrcTDHyU5j7iDGV9sY=",
            "s3q3DRcKVNSI49vz7+APhgJ5NFQ=",
            "3tk5npcvr9zO5p2+d8wQKlsONAU=",
            "/RPXatgntdKVu5hXumPhUJEPAWs=",
            "IOVDuuun35Q9KNzCIFlUgNzt90s=",
            "8a99QJEhfkHZwDFsxHX40Qy8ahw="),
        t.get("shortIds"));
  }

  @Test
  void bytes_copiesAreCopiesAndSignsSurvive() {
    Map<String, Object> b = section("bytes");
    assertEquals(List.of(), b.get("failures"));
    assertEquals(13L, b.get("checks"));
  }

  @Test
  void fetch_streamsWholeBodyAndRanges() {
    Map<String, Object> f = section("fetch");
    Map<String, Object> full = map(f, "full");
    assertEquals(List.of("response 200", "chunks", "end"), full.get("events"));
    assertEquals((long) SelfTestServer.BLOB_BYTES, full.get("bytes"));
    // Streaming itself is proven by abortMidStream: its first chunk arrives while the server is
    // still sending. A loaded browser may read this fast local body in a single chunk.
    assertTrue(number(full, "chunkCount") >= 1, "" + full);
    assertEquals(sha256(SelfTestServer.BLOB, 0, SelfTestServer.BLOB_BYTES), full.get("sha256"));
    int signedSum = 0;
    for (byte b : SelfTestServer.BLOB) {
      signedSum += b;
    }
    assertEquals((long) signedSum, full.get("signedSum"), "chunks not read as signed bytes");
    assertEquals("2000000", full.get("contentLength"));
    assertEquals("application/octet-stream", full.get("contentType"));
    assertEquals(Boolean.TRUE, full.get("absentHeaderIsNull"));

    Map<String, Object> range = map(f, "range");
    assertEquals(206L, range.get("status"));
    assertEquals("bytes 1000-1999/2000000", range.get("contentRange"));
    assertEquals(sha256(SelfTestServer.BLOB, 1000, 1000), range.get("sha256"));
    assertEquals(1000L, range.get("bytes"));

    Map<String, Object> open = map(f, "openRange");
    assertEquals(206L, open.get("status"));
    assertEquals("bytes 1999000-1999999/2000000", open.get("contentRange"));
    assertEquals(sha256(SelfTestServer.BLOB, 1_999_000, 1000), open.get("sha256"));

    Map<String, Object> missing = map(f, "missing");
    assertEquals(List.of("response 404", "chunks", "end"), missing.get("events"));
  }

  @Test
  void fetch_cancelStopsEverythingAndAbortsTheRequest() throws InterruptedException {
    Map<String, Object> f = section("fetch");
    Map<String, Object> mid = map(f, "abortMidStream");
    assertEquals(List.of("response 200", "chunks"), mid.get("events"));
    assertEquals(1L, mid.get("chunkCount")); // the server goes on sending for 4 s
    assertTrue(number(mid, "bytes") < 1_000_000, "" + mid);
    assertEquals(0L, mid.get("eventsAfterCancel"));
    assertEquals(List.of(), map(f, "abortBeforeResponse").get("events"));
    assertEquals(List.of("response 200"), map(f, "abortInOnResponse").get("events"));
    assertEquals(0L, map(f, "abortInOnResponse").get("eventsAfterCancel"));
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!server.abortedSlowIds.contains("mid") && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(server.abortedSlowIds.contains("mid"), "the server saw no abort");
  }

  @Test
  void fetch_failuresHeadersNativeRequestAndCredentials() {
    Map<String, Object> f = section("fetch");
    List<?> refused = (List<?>) map(f, "refused").get("events");
    assertEquals(1, refused.size(), String.valueOf(refused));
    assertTrue(String.valueOf(refused.get(0)).startsWith("failure: TypeError"), "" + refused);

    String headers = (String) map(f, "extraHeaders").get("text");
    assertTrue(headers.contains(";range=bytes=0-;x-swarm-test=abc;"), headers);
    String nativeEcho = (String) map(f, "nativeRequest").get("text");
    assertTrue(nativeEcho.startsWith("query=native;range=;x-swarm-test=;x-native=yes"), nativeEcho);
    String credentialed = (String) map(f, "withCredentials").get("text");
    assertTrue(credentialed.endsWith(";cookie=slc=1"), credentialed);
    String plain = (String) map(f, "withoutCredentials").get("text");
    assertTrue(plain.endsWith(";cookie="), plain);
  }

  @Test
  void webSocket_textRoundTripsAndCloseRules() {
    Map<String, Object> w = section("webSocket");
    Map<String, Object> e = map(w, "echo");
    assertEquals(
        List.of("open", "message hello", "message <unicode>", "message after-binary", "close"),
        e.get("events"));
    assertEquals(List.of("open"), map(w, "localClose").get("events"));
    assertEquals(List.of("error", "close"), map(w, "refused").get("events"));
    Map<String, Object> invalid = map(w, "invalidUrl");
    assertEquals(List.of("error", "close"), invalid.get("events"));
    assertTrue(String.valueOf(invalid.get("errorMessage")).startsWith("SyntaxError"), "" + invalid);
  }

  @Test
  void rtc_connectsNonTrickleOnLoopback() {
    Map<String, Object> c = map(section("rtc"), "connect");
    assertEquals(Boolean.TRUE, c.get("open"), "no channel: " + c);
    assertTrue(decimal(c, "offerGatheringMs") < 3000, "offer gathering: " + c);
    assertTrue(decimal(c, "answerGatheringMs") < 3000, "answer gathering: " + c);
    for (String side : List.of("offer", "answer")) {
      Map<String, Object> sdp = map(c, side);
      assertEquals(Boolean.FALSE, sdp.get("hasTrickleOption"), side);
      assertTrue(number(sdp, "loopbackCandidates") >= 1, side + ": " + sdp);
      assertEquals(1L, sdp.get("applicationSections"), side);
    }
    assertEquals(List.of("localDescription", "open"), map(c, "a").get("events"));
    assertTrue(number(c, "maxMessageSizeA") >= 65_535, "" + c);
    assertEquals(c.get("maxMessageSizeA"), c.get("maxMessageSizeB"));
  }

  @Test
  void rtc_movesFourMebibytesInOrderUnderBackpressure() {
    Map<String, Object> rtc = section("rtc");
    for (String run : List.of("transfer", "transferWarm")) {
      Map<String, Object> t = map(rtc, run);
      assertEquals(4L * 1024 * 1024, t.get("receivedBytes"), run + ": " + t);
      assertEquals(t.get("messages"), t.get("received"), run);
      assertEquals(0L, t.get("badMessages"), run + " corrupt or out of order: " + t);
      long messageBytes = number(t, "messageBytes");
      assertTrue(messageBytes <= 65_535, run + ": " + t);
      assertTrue(number(t, "maxBufferedAfterSend") <= 65_536 + messageBytes, run + ": " + t);
      assertTrue(number(t, "pauses") >= 1 && number(t, "bufferedLowEvents") >= 1, run + ": " + t);
    }
    assertEquals(Boolean.TRUE, map(rtc, "reverse").get("intact"));
  }

  @Test
  void rtc_closeIsHeardOnceByTheOtherEndOnly() {
    Map<String, Object> rtc = section("rtc");
    Map<String, Object> byConnection = map(rtc, "closeByConnection");
    assertEquals(
        List.of(
            "localDescription",
            "open",
            "message 1",
            "message 2",
            "channelClosed",
            "connectionClosed"),
        map(byConnection, "other").get("events"),
        "" + byConnection);
    assertEquals(List.of("localDescription", "open"), map(byConnection, "closer").get("events"));

    assertEquals(Boolean.TRUE, map(rtc, "connect2").get("open"));
    Map<String, Object> byChannel = map(rtc, "closeByChannel");
    assertEquals(
        List.of("localDescription", "open", "message 4", "channelClosed", "connectionClosed"),
        map(byChannel, "other").get("events"),
        "" + byChannel);
    assertEquals(List.of("localDescription", "open"), map(byChannel, "closer").get("events"));
  }

  @Test
  void rtc_rejectedDescriptionsCloseOnce() {
    Map<String, Object> rtc = section("rtc");
    Map<String, Object> badOffer = map(rtc, "badOffer");
    assertEquals(List.of("connectionClosed"), badOffer.get("events"));
    assertTrue(String.valueOf(badOffer.get("closeReason")).startsWith("negotiation failed"));
    Map<String, Object> badAnswer = map(rtc, "badAnswer");
    assertEquals(List.of("localDescription", "connectionClosed"), badAnswer.get("events"));
    assertTrue(String.valueOf(badAnswer.get("closeReason")).startsWith("remote answer rejected"));
    assertEquals(
        "{\"iceServers\":[{\"urls\":\"stun:stun.l.google.com:19302\"},"
            + "{\"urls\":\"stun:global.stun.twilio.com:3478\"}]}",
        rtc.get("defaultConfig"));
  }

  // ---- helpers ----

  @SuppressWarnings("unchecked")
  private static Map<String, Object> runSelfTest(ChromeDriver driver) {
    Object r =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1], ms = arguments[0];"
                + "const wait = () => window.testResult ? Promise.resolve(window.testResult)"
                + "  : new Promise(res => setTimeout(res, 20)).then(wait);"
                + "Promise.race([wait(), new Promise(res => setTimeout("
                + "  () => res({timeout: true, partial: window.__result}), ms))])"
                + "  .then(done, e => done({error: String(e)}));",
            PAGE_DEADLINE_MS);
    return (Map<String, Object>) r;
  }

  private void printFigures() {
    if (result.get("rtc") == null) {
      System.out.println("[selftest] no rtc section: " + result);
      return;
    }
    Map<String, Object> rtc = section("rtc");
    Map<String, Object> c = map(rtc, "connect");
    Map<String, Object> t = map(rtc, "transfer");
    Map<String, Object> warm = map(rtc, "transferWarm");
    System.out.println(
        "[selftest] gathering offer "
            + c.get("offerGatheringMs")
            + " ms, answer "
            + c.get("answerGatheringMs")
            + " ms; channel open after "
            + c.get("openMs")
            + " ms; 4 MiB in "
            + t.get("messages")
            + " messages of "
            + t.get("messageBytes")
            + " bytes: "
            + t.get("ms")
            + " ms = "
            + t.get("mibPerSecond")
            + " MiB/s (warm: "
            + warm.get("ms")
            + " ms = "
            + warm.get("mibPerSecond")
            + " MiB/s); maxMessageSize "
            + c.get("maxMessageSizeA")
            + "; page total "
            + result.get("totalMs")
            + " ms");
  }

  private void saveBrowserLog(ChromeDriver driver) {
    try {
      List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
      Files.writeString(
          logDir.resolve("browser-console.log"),
          entries.stream().map(LogEntry::toString).collect(Collectors.joining("\n")));
    } catch (RuntimeException | IOException e) {
      System.out.println("[selftest] could not save the browser log: " + e);
    }
  }

  private Map<String, Object> section(String name) {
    assertNotNull(result, "the page produced no result");
    assertNull(result.get("timeout"), "page timed out; partial result: " + result.get("partial"));
    return map(result, name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    assertTrue(value instanceof Map, key + " missing in " + parent);
    return (Map<String, Object>) value;
  }

  private static long number(Map<String, Object> m, String key) {
    Object value = m.get(key);
    assertTrue(value instanceof Number, key + " is not a number in " + m);
    return ((Number) value).longValue();
  }

  private static double decimal(Map<String, Object> m, String key) {
    Object value = m.get(key);
    assertTrue(value instanceof Number, key + " is not a number in " + m);
    return ((Number) value).doubleValue();
  }

  private static void assertNull(Object value, String message) {
    assertFalse(value != null, message + ": " + value);
  }

  private static String sha256(byte[] data, int offset, int length) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(data, offset, length);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static int refusedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
