package io.swarmloader.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.util.OrderedMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

  @Test
  void parse_trackerAnnounceReply_yieldsOrderedMapWithLongs() throws JsonException {
    Object value =
        Json.parse(
            "{\"action\":\"announce\",\"interval\":120,\"info_hash\":\"f5qLjfPZIP24d606pZX/\","
                + "\"complete\":0,\"incomplete\":3}");

    OrderedMap<?> map = assertInstanceOf(OrderedMap.class, value);
    assertEquals(List.of("action", "interval", "info_hash", "complete", "incomplete"), map.keys());
    assertEquals("announce", map.get("action"));
    assertEquals(120L, map.get("interval"));
    assertEquals("f5qLjfPZIP24d606pZX/", map.get("info_hash"));
    assertEquals(3L, map.get("incomplete"));
  }

  @Test
  void parse_nestedOffersArray_yieldsListsAndMaps() throws JsonException {
    Map<?, ?> map =
        (Map<?, ?>)
            Json.parse(
                " {\"offers\" : [ {\"offer\":{\"type\":\"offer\",\"sdp\":\"v=0\\r\\n\"},"
                    + "\"offer_id\":\"abc\"} , [] , {} ], \"t\":true,\"f\":false,\"n\":null }\n");

    List<?> offers = (List<?>) map.get("offers");
    assertEquals(3, offers.size());
    Map<?, ?> first = (Map<?, ?>) offers.get(0);
    assertEquals("v=0\r\n", ((Map<?, ?>) first.get("offer")).get("sdp"));
    assertEquals(List.of(), offers.get(1));
    assertEquals(Map.of(), offers.get(2));
    assertEquals(Boolean.TRUE, map.get("t"));
    assertEquals(Boolean.FALSE, map.get("f"));
    assertTrue(map.containsKey("n"));
    assertNull(map.get("n"));
  }

  @Test
  void parse_duplicateKey_lastValueWins() throws JsonException {
    assertEquals(Map.of("a", 2L), Json.parse("{\"a\":1,\"a\":2}"));
  }

  @Test
  void parse_escapes_decodeEveryForm() throws JsonException {
    assertEquals(
        "\"\\/\b\f\n\r\t\u00e9\u0000\u00ff\ud83d\ude00",
        Json.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00E9\\u0000\\u00ff\\ud83d\\ude00\""));
  }

  @Test
  void binaryString_everyCharFrom0To255_roundTripsExactly() throws JsonException {
    char[] chars = new char[256];
    for (int i = 0; i < 256; i++) {
      chars[i] = (char) i;
    }
    String binary = new String(chars);

    String written = Json.write(Map.of("offer_id", binary));
    Map<?, ?> back = (Map<?, ?>) Json.parse(written);

    assertEquals(binary, back.get("offer_id"));
    for (int i = 0; i < written.length(); i++) {
      assertTrue(written.charAt(i) >= 0x20, "raw control character written at " + i);
    }
  }

  @Test
  void write_controlCharsQuoteBackslash_escapedAsSpecified() {
    assertEquals(
        "\"\\u0000\\u001f\\u000a\\\"\\\\\u007f\u00ff\"",
        Json.write("\u0000\u001f\n\"\\\u007f\u00ff"));
  }

  @Test
  void write_loneSurrogate_escapedAndPairKept() {
    assertEquals("\"\\ud800x\ud83d\ude00\"", Json.write("\ud800x\ud83d\ude00"));
  }

  @Test
  void write_trackerMessage_compactInInsertionOrder() {
    Map<String, Object> offer = new LinkedHashMap<>();
    offer.put("type", "offer");
    offer.put("sdp", "s");
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("action", "announce");
    message.put("numwant", 1);
    message.put("uploaded", 0L);
    message.put("offers", List.of(Map.of("offer", offer)));
    message.put("x", null);
    message.put("b", true);

    assertEquals(
        "{\"action\":\"announce\",\"numwant\":1,\"uploaded\":0,"
            + "\"offers\":[{\"offer\":{\"type\":\"offer\",\"sdp\":\"s\"}}],\"x\":null,\"b\":true}",
        Json.write(message));
  }

  @Test
  void write_numbers_integralOnly() {
    assertEquals(
        "[0,-1,2147483648,-9223372036854775808,9223372036854775807,20,-3]",
        Json.write(
            Arrays.asList(0, -1, 2_147_483_648L, Long.MIN_VALUE, Long.MAX_VALUE, 20.0, -3.0f)));
    assertThrows(IllegalArgumentException.class, () -> Json.write(1.5));
    assertThrows(IllegalArgumentException.class, () -> Json.write(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
  }

  @Test
  void parse_integers_asLongExactly() throws JsonException {
    assertEquals(
        List.of(0L, -0L, 7L, -42L, 999_999_999_999_999_999L, -999_999_999_999_999_999L),
        Json.parse("[0,-0,7,-42,999999999999999999,-999999999999999999]"));
  }

  @Test
  void parse_fractionsAndExponents_approximateDoubles() throws JsonException {
    List<?> values = (List<?>) Json.parse("[1.5,-0.25,1e3,2E-2,12345678901234567890,1e999,1e-999]");

    assertEquals(1.5, (Double) values.get(0), 1e-12);
    assertEquals(-0.25, (Double) values.get(1), 1e-12);
    assertEquals(1000.0, (Double) values.get(2), 1e-9);
    assertEquals(0.02, (Double) values.get(3), 1e-15);
    assertEquals(1.2345678901234567e19, (Double) values.get(4), 1e5);
    assertEquals(Double.POSITIVE_INFINITY, values.get(5));
    assertEquals(0.0, (Double) values.get(6), 0.0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "{",
        "}",
        "{\"a\"}",
        "{\"a\":}",
        "{\"a\":1,}",
        "{a:1}",
        "[1,]",
        "[1 2]",
        "\"abc",
        "\"a\nb\"",
        "\"\\x\"",
        "\"\\u12\"",
        "\"\\u12G4\"",
        "01",
        "-",
        "1.",
        ".5",
        "1e",
        "+1",
        "tru",
        "nul",
        "NaN",
        "{} {}",
        "'a'",
        "\u0000"
      })
  void parse_invalidText_throwsJsonException(String text) {
    assertThrows(JsonException.class, () -> Json.parse(text));
  }

  @Test
  void parse_null_throwsJsonException() {
    assertThrows(JsonException.class, () -> Json.parse(null));
  }

  @Test
  void parse_nestingBeyondLimit_throwsJsonExceptionNotStackOverflow() {
    String deep = "[".repeat(100_000);
    JsonException e = assertThrows(JsonException.class, () -> Json.parse(deep));
    assertEquals(JsonParser.MAX_DEPTH, e.offset());
    assertEquals(List.of(List.of()), assertDoesNotThrowParse("[[]]"));
  }

  @Test
  void parse_depthAtLimit_accepted() throws JsonException {
    String text = "[".repeat(JsonParser.MAX_DEPTH) + "]".repeat(JsonParser.MAX_DEPTH);
    assertInstanceOf(List.class, Json.parse(text));
  }

  private static Object assertDoesNotThrowParse(String text) {
    try {
      return Json.parse(text);
    } catch (JsonException e) {
      throw new AssertionError(e);
    }
  }
}
