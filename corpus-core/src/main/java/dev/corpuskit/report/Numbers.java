package dev.corpuskit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How the reports write a measured value (a quality signal, a finding's measure and threshold), so
 * that the same value always gives the same bytes: a whole number as an integer ({@code 50}, not
 * {@code 50.0}), any other as its shortest decimal form rounded half up to {@link #DIGITS} significant
 * digits, without exponent ({@code 0.333333333}); a value that is not a number, or infinite, as
 * {@code null}, which JSON has in their place.
 */
final class Numbers {

  /** Significant digits of a value that is not whole: well beyond what a threshold is chosen with. */
  static final int DIGITS = 9;

  private static final MathContext CONTEXT = new MathContext(DIGITS, RoundingMode.HALF_UP);

  private Numbers() {}

  /** {@code value} as the reports write it; null when it is not finite. */
  static String text(double value) {
    if (!Double.isFinite(value)) {
      return null;
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).round(CONTEXT).stripTrailingZeros().toPlainString();
  }

  /** Writes {@code value} as {@link #text} gives it. */
  static void write(JsonGenerator json, double value) throws IOException {
    String text = text(value);
    if (text == null) {
      json.writeNull();
    } else {
      json.writeNumber(text);
    }
  }
}
