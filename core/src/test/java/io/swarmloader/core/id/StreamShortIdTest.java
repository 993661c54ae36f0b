package io.swarmloader.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.id.StreamShortId.Inputs;
import io.swarmloader.testing.JvmTextSemantics;
import org.junit.jupiter.api.Test;

/** Vectors of wire-protocol.md §2.1, byte for byte. */
class StreamShortIdTest {
  private final StreamShortId ids = new StreamShortId(new JvmTextSemantics());

  private void assertVector(Inputs in, String canonical, String shortId) {
    assertEquals(canonical, ids.canonicalString(in));
    assertEquals(shortId, ids.compute(in));
  }

  @Test
  void compute_vector1_hlsVideoRendition() {
    assertVector(
        Inputs.mainStream(2149280.0, "avc1.64001f", 1280.0, 720.0, "30.000", null),
        "2149280-avc1.64001f-1280-720----30-",
        "3FLe7Dya7e9xv0TJuS0m614xjgc=");
  }

  @Test
  void compute_vector2_audioRendition() {
    assertVector(
        Inputs.audioRendition("mp4a.40.2", "eng", "2", "English"),
        "0-mp4a.40.2---en-2-english--",
        "bdjQ1B4N2yrcTDHyU5j7iDGV9sY=");
  }

  @Test
  void compute_vector3_avcDecimalUppercaseAndTrimmedRange() {
    assertVector(
        Inputs.mainStream(800000.0, "AVC1.66.30", 640.0, 360.0, "25.000", " sdr"),
        "800000-avc1.42001e-640-360----25-SDR",
        "s3q3DRcKVNSI49vz7+APhgJ5NFQ=");
  }

  @Test
  void compute_vector4_undLanguageChannelsSuffixAndTrimmedName() {
    assertVector(
        Inputs.audioRendition("ec-3", "und", "16/JOC", " Dolby Atmos "),
        "0-ec-3----16-dolby atmos--",
        "3tk5npcvr9zO5p2+d8wQKlsONAU=");
  }

  @Test
  void compute_vector5_bitrateOnly() {
    assertVector(
        Inputs.mainStream(128000.0, null, null, null, null, null),
        "128000--------",
        "/RPXatgntdKVu5hXumPhUJEPAWs=");
  }

  @Test
  void compute_vector6_sortedCodecsAndNumericFrameRate() {
    assertVector(
        Inputs.mainStream(5000000.0, "hvc1.2.4.L123.B0, avc1.640028", 1920.0, 1080.0, 29.97, "PQ"),
        "5000000-avc1.640028,hvc1.2.4.l123.b0-1920-1080----29.97-PQ",
        "IOVDuuun35Q9KNzCIFlUgNzt90s=");
  }

  @Test
  void compute_vector7_leadingZeroAvcAndNoBreakSpace() {
    assertVector(
        new Inputs(1000.0, "avc1.066.30", null, null, null, null, "Caf\u00e9\u00a0", null, null),
        "1000-avc1.066.30-----caf\u00e9--",
        "8a99QJEhfkHZwDFsxHX40Qy8ahw=");
  }

  @Test
  void mainStream_bitrateZeroOrMissing_omitsEveryOtherField() {
    assertEquals(
        "0--------",
        ids.canonicalString(Inputs.mainStream(0.0, "avc1.64001f", 1280.0, 720.0, "30", "PQ")));
    assertEquals(
        "0--------",
        ids.canonicalString(Inputs.mainStream(null, "avc1.64001f", 1280.0, 720.0, "30", "PQ")));
  }

  @Test
  void canonicalString_avcRule_convertsOnlyCanonicalThreePartEntries() {
    assertEquals("avc.640028", codecsOf("avc.100.40"));
    assertEquals("avc1.000000", codecsOf("avc1.0.0"));
    assertEquals("avc1.ff00ff", codecsOf("avc1.255.255"));
    assertEquals("avc1.100.40.1", codecsOf("avc1.100.40.1"));
    assertEquals("avc1.+100.40", codecsOf("avc1.+100.40"));
    assertEquals("avc1..40", codecsOf("avc1..40"));
    assertEquals("avc3.100.40", codecsOf("avc3.100.40"));
  }

  @Test
  void canonicalString_codecs_keepsEmptyEntriesAndSortsByCodeUnit() {
    assertEquals(",mp4a.40.2", codecsOf("mp4a.40.2,"));
    assertEquals("", codecsOf(" "));
    assertEquals("ac-3,ec-3,mp4a.40.2", codecsOf("mp4a.40.2,EC-3,\u3000ac-3"));
  }

  @Test
  void canonicalString_language_firstTwoUnitsLowercasedUndCaseSensitive() {
    assertEquals("0----en----", ids.canonicalString(audio("ENG", null)));
    assertEquals("0----un----", ids.canonicalString(audio("UND", null)));
    assertEquals("0----e----", ids.canonicalString(audio("e", null)));
  }

  @Test
  void canonicalString_channelsAndFrameRateEdgeCases() {
    assertEquals("0-----0---", ids.canonicalString(audio(null, "0")));
    assertEquals("0--------", ids.canonicalString(audio(null, "")));
    assertEquals("1-------30-", frameRateString("0x1e"));
    assertEquals("1--------", frameRateString("abc"));
    assertEquals("1--------", frameRateString(0.0));
    assertEquals("1-------0-", frameRateString(" "));
    assertEquals("1-------1e+21-", frameRateString(1e21));
  }

  @Test
  void compute_anyInputs_is28CharactersEndingInPadding() {
    String id = ids.compute(new Inputs(null, null, null, null, null, null, null, null, null));
    assertEquals(28, id.length());
    assertTrue(id.endsWith("="));
  }

  private String codecsOf(String codecs) {
    String s =
        ids.canonicalString(new Inputs(1.0, codecs, null, null, null, null, null, null, null));
    return s.substring(2, s.length() - 7);
  }

  private static Inputs audio(String language, String channels) {
    return new Inputs(0.0, null, null, null, language, channels, null, null, null);
  }

  private String frameRateString(Object frameRate) {
    return ids.canonicalString(
        new Inputs(1.0, null, null, null, null, null, null, frameRate, null));
  }
}
