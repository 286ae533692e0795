package dev.corpuskit.clean;

import dev.corpuskit.audit.Change;
import java.util.List;

/** Writes an audit as text for golden files: one change per line, {@code step TAB line TAB before}. */
final class AuditFormat {

  private AuditFormat() {}

  static String format(List<Change> changes) {
    StringBuilder out = new StringBuilder();
    for (Change change : changes) {
      out.append(change.step()).append('\t').append(change.line()).append('\t')
          .append(escape(change.before())).append('\n');
    }
    return out.toString();
  }

  /** Backslash, tab and invisible or odd characters escaped, so the file shows every change. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (c == '\\') {
        out.append("\\\\");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xFEFF || Character.isSpaceChar(c) && c != ' '
          || Character.getType(c) == Character.FORMAT) {
        out.append(String.format("\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
