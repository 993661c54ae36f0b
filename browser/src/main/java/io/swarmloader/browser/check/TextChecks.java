package io.swarmloader.browser.check;

import io.swarmloader.browser.JsTextSemantics;
import io.swarmloader.core.id.StreamShortId;
import io.swarmloader.core.id.StreamShortId.Inputs;
import io.swarmloader.core.json.JsonException;
import io.swarmloader.core.platform.TextSemantics;
import io.swarmloader.core.util.OrderedMap;
import java.util.List;
import java.util.Map;

/**
 * {@link JsTextSemantics} in the real JavaScript engine: the pitfalls of wire-protocol.md §2.1 and
 * the seven stream short ID vectors. Reports actual values; the Selenium test holds the expected
 * ones.
 */
final class TextChecks {
  private TextChecks() {}

  static void run(JsRecord out) {
    TextSemantics text = new JsTextSemantics();
    out.put("trimNbsp", text.trim("Caf\u00e9\u00a0"));
    out.put("trimAllSpaces", text.trim("\ufeff\u2028 \t x \u00a0\u3000"));
    out.put("number0x1e", text.parseNumber("0x1e"));
    out.put("numberSpaced", text.parseNumber(" 25.000 "));
    out.put("numberInfinity", text.numberToString(text.parseNumber(" Infinity")));
    out.put("numberGarbageIsNaN", Double.isNaN(text.parseNumber("30fps")));
    out.put("numberEmpty", text.parseNumber(""));
    out.put("string2997", text.numberToString(29.97));
    out.put("string1e21", text.numberToString(1e21));
    out.put("string30", text.numberToString(30.0));
    out.put("string2149280", text.numberToString(2149280));
    out.put("stringNegZero", text.numberToString(-0.0));
    out.put("lowerDotted", text.toLowerCase("\u0130"));
    out.put("upperSharpS", text.toUpperCase("stra\u00dfe"));
    out.put("lowerEnglish", text.toLowerCase("English"));
    jsonChecks(text, out);

    StreamShortId ids = new StreamShortId(text);
    Inputs[] vectors = {
      Inputs.mainStream(2149280.0, "avc1.64001f", 1280.0, 720.0, "30.000", null),
      Inputs.audioRendition("mp4a.40.2", "eng", "2", "English"),
      Inputs.mainStream(800000.0, "AVC1.66.30", 640.0, 360.0, "25.000", " sdr"),
      Inputs.audioRendition("ec-3", "und", "16/JOC", " Dolby Atmos "),
      Inputs.mainStream(128000.0, null, null, null, null, null),
      Inputs.mainStream(5000000.0, "hvc1.2.4.L123.B0, avc1.640028", 1920.0, 1080.0, 29.97, "PQ"),
      new Inputs(1000.0, "avc1.066.30", null, null, null, null, "Caf\u00e9\u00a0", null, null),
    };
    out.list("canonical").list("shortIds");
    for (Inputs in : vectors) {
      out.add("canonical", ids.canonicalString(in));
      out.add("shortIds", ids.compute(in));
    }
  }

  /** Tracker JSON through the page's JSON: a binary-string message both ways, and rejections. */
  private static void jsonChecks(TextSemantics text, JsRecord out) {
    OrderedMap<Object> message = new OrderedMap<>();
    message.put("action", "announce");
    message.put("info_hash", "\u00ff\u0080q\"\\");
    message.put("numwant", 10L);
    message.put("offers", List.of(Map.of("offer_id", "\u00e9")));
    String written = text.writeJson(message);
    out.put("jsonWritten", written);
    try {
      out.put("jsonRoundTrip", text.writeJson(text.parseJson(written)));
      Object number = ((List<?>) text.parseJson("[2.5]")).get(0);
      out.put("jsonNumberIsNumber", number instanceof Number n && n.doubleValue() == 2.5);
    } catch (JsonException e) {
      out.put("jsonRoundTrip", e.getMessage());
    }
    out.put("jsonInvalidRejected", rejects(text, "{\"a\":"));
    out.put("jsonTooDeepRejected", rejects(text, "[".repeat(65) + "]".repeat(65)));
    out.put("json64Accepted", !rejects(text, "[".repeat(64) + "]".repeat(64)));
  }

  private static boolean rejects(TextSemantics text, String json) {
    try {
      text.parseJson(json);
      return false;
    } catch (JsonException e) {
      return true;
    }
  }
}
