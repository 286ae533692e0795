package dev.corpuskit.density;

/** The class a paragraph gets from its own features, before its neighbours are looked at (jusText). */
enum ParagraphClass {
  /** Long, with many stop words: article prose. */
  GOOD,
  /** Prose-like but not long or dense enough to decide alone. */
  NEAR_GOOD,
  /** Too short to judge alone: a heading, a caption, a menu item. */
  SHORT,
  /** Link-dense, stop-word-poor or copyright furniture. */
  BAD
}
