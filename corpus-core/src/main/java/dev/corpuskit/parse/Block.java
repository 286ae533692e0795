package dev.corpuskit.parse;

/**
 * One block of a page's text: the text between two block boundaries.
 *
 * @param text the text, spaces collapsed; lines broken at {@code <br>}
 * @param linkChars how many of its characters are inside links
 * @param heading whether it is a heading ({@code h1}-{@code h6})
 * @param line the line of the page's markup where its text starts; 0 when the page was parsed
 *     without positions
 */
record Block(String text, int linkChars, boolean heading, int line) {}
