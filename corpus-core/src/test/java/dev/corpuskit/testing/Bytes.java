package dev.corpuskit.testing;

/** Searching byte arrays, for tests that damage a file at a known place. */
public final class Bytes {

  private Bytes() {}

  /** Where {@code needle} first stands in {@code haystack}, or -1. */
  public static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Where {@code needle} first stands in {@code haystack}; fails the test when it is not there. */
  public static int find(byte[] haystack, byte[] needle) {
    int at = indexOf(haystack, needle);
    if (at < 0) {
      throw new AssertionError("not found");
    }
    return at;
  }
}
