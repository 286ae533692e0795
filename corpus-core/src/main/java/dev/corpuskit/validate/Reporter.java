package dev.corpuskit.validate;

/** Where a rule reports what it finds in one file; the rule id, severity and file are bound. */
public interface Reporter {

  /** Reports a problem at a 1-based line and column (0, 0 for the whole file). */
  void report(int line, int column, String message);

  /** Reports an encoding problem, with the byte offset of the first bad byte. */
  void reportAtByte(long byteOffset, int line, int column, String message);
}
