package dev.corpuskit.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {

  private static final String SAMPLE = "Aé😀\nz";

  @ParameterizedTest
  @CsvSource({
    "EF BB BF, UTF-8, UTF_8",
    "FF FE, UTF-16LE, UTF_16LE",
    "FE FF, UTF-16BE, UTF_16BE",
    "FF FE 00 00, UTF-32LE, UTF_32LE",
    "00 00 FE FF, UTF-32BE, UTF_32BE"
  })
  void byteOrderMarkSelectsTheEncodingAndIsDropped(String mark, String charset, Bom bom) {
    byte[] bytes = concat(hex(mark), SAMPLE.getBytes(Charset.forName(charset)));

    Decoding decoding = TextDecoder.decode(bytes, Charset.forName("windows-1252"));

    assertThat(decoding.bom()).isEqualTo(bom);
    assertThat(decoding.charset()).isEqualTo(Charset.forName(charset));
    assertThat(decoding.text()).isEqualTo(SAMPLE);
    assertThat(decoding.isValid()).isTrue();
  }

  @Test
  void utf32LeMarkIsNotMistakenForUtf16Le() {
    assertThat(Bom.detect(hex("FF FE 00 00 41 00 00 00"))).isEqualTo(Bom.UTF_32LE);
    assertThat(Bom.detect(hex("FF FE 41 00"))).isEqualTo(Bom.UTF_16LE);
    assertThat(Bom.detect(hex("FF FE 00"))).isEqualTo(Bom.UTF_16LE);
    assertThat(Bom.detect(hex("EF BB"))).isEqualTo(Bom.NONE);
    assertThat(Bom.detect(new byte[0])).isEqualTo(Bom.NONE);
  }

  @Test
  void withoutMarkTheGivenEncodingIsUsed() {
    Decoding decoding = TextDecoder.decode("café".getBytes(Charset.forName("windows-1252")),
        Charset.forName("windows-1252"));

    assertThat(decoding.text()).isEqualTo("café");
    assertThat(decoding.bom()).isEqualTo(Bom.NONE);
    assertThat(decoding.isValid()).isTrue();
  }

  @Test
  void locatesFirstBadSequenceInCodePointsAndCountsAll() {
    // BOM(3) "x\n"(2) "😀é"(6) then FF, then "a", C3 without continuation, then "\n", then lone 80
    byte[] bytes = concat(hex("EF BB BF"), "x\n😀é".getBytes(UTF_8), hex("FF"), "a".getBytes(UTF_8),
        hex("C3 0A 80"));

    Decoding decoding = TextDecoder.decode(bytes, UTF_8);

    assertThat(decoding.malformed()).hasValueSatisfying(bad -> {
      assertThat(bad.byteOffset()).isEqualTo(11);
      assertThat(bad.line()).isEqualTo(2);
      assertThat(bad.column()).isEqualTo(3);
      assertThat(bad.badBytes()).isEqualTo("FF");
      assertThat(bad.count()).isEqualTo(3);
    });
    assertThat(decoding.text()).isEqualTo("x\n😀é\uFFFDa\uFFFD\n\uFFFD");
  }

  @Test
  void badSequenceAfterCrlfIsOnTheNextLine() {
    Decoding decoding = TextDecoder.decode(concat("a\r\nb".getBytes(UTF_8), hex("FE")), UTF_8);

    assertThat(decoding.malformed()).hasValueSatisfying(bad -> {
      assertThat(bad.line()).isEqualTo(2);
      assertThat(bad.column()).isEqualTo(2);
    });
  }

  @Test
  void oddTrailingByteOfUtf16IsMalformed() {
    Decoding decoding = TextDecoder.decode(concat(hex("FF FE"), "ab".getBytes(Charset.forName("UTF-16LE")),
        hex("41")), UTF_8);

    assertThat(decoding.malformed()).hasValueSatisfying(bad -> {
      assertThat(bad.byteOffset()).isEqualTo(6);
      assertThat(bad.column()).isEqualTo(3);
    });
  }

  @Test
  void largeInputDecodes() {
    String big = "Grüße 😀 ".repeat(50_000);

    assertThat(TextDecoder.decode(big.getBytes(UTF_8), UTF_8).text()).isEqualTo(big);
  }

  @Property(tries = 300)
  void agreesWithTheStrictJdkDecoder(@ForAll byte[] bytes) {
    Decoding decoding = TextDecoder.decode(bytes, UTF_8);
    boolean jdkValid;
    try {
      UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      jdkValid = true;
    } catch (CharacterCodingException e) {
      jdkValid = false;
    }
    if (Bom.detect(bytes) == Bom.NONE) {
      assertThat(decoding.isValid()).isEqualTo(jdkValid);
      assertThat(decoding.text()).isEqualTo(new String(bytes, UTF_8));
    }
  }

  @Property(tries = 300)
  void validTextRoundTrips(@ForAll String text) {
    Decoding decoding = TextDecoder.decode(text.getBytes(UTF_8), UTF_8);
    if (text.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
      assertThat(decoding.text()).isEqualTo(text.startsWith("\uFEFF") ? text.substring(1) : text);
      assertThat(decoding.isValid()).isTrue();
    }
  }

  static byte[] hex(String hex) {
    String[] parts = hex.trim().split(" ");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return bytes;
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @org.junit.jupiter.api.Test
  void surrogateCodePointsInUtf32AreBadSequencesNotLoneSurrogates() {
    // UTF-32LE BOM, 'a', U+DFA2 (a surrogate), '\n', U+D800, found by fuzzing the cleaner.
    byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 0, 0, 'a', 0, 0, 0, (byte) 0xA2, (byte) 0xDF, 0, 0,
        '\n', 0, 0, 0, 0, (byte) 0xD8, 0, 0};
    Decoding decoding = TextDecoder.decode(bytes, java.nio.charset.StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThat(decoding.text()).isEqualTo("a\uFFFD\n\uFFFD");
    MalformedInput bad = decoding.malformed().orElseThrow();
    org.assertj.core.api.Assertions.assertThat(bad).isEqualTo(new MalformedInput(8, 1, 2, "A2 DF 00 00", 2));
  }
}
