package dev.corpuskit.report;

import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.near.NearDuplicateIndex;
import dev.corpuskit.near.Signer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A small corpus with three clusters of near-duplicates and two documents that stay alone, for the
 * tests of {@code near-duplicates.json} and of the review page's section: the index finds them as the
 * pipeline would.
 *
 * <ul>
 *   <li>{@code m-1} … {@code m-4}: an article, a copy with a wire header and footer, a copy with one
 *       line's words changed, and a copy without its last two lines; the largest cluster;
 *   <li>{@code b-1}, {@code b-2}: an article and a copy with one line changed;
 *   <li>{@link #ESCAPED_1}, {@link #ESCAPED_2}: ids and a changed line holding {@code <&">}.
 * </ul>
 */
final class NearDuplicateTexts {

  static final String ESCAPED_1 = "c/<b>&\"one\"";
  static final String ESCAPED_2 = "c/<b>&\"two\"";
  /** The line {@code m-3} has in place of line 6 of {@code m-1}. */
  static final String CHANGED_LINE = "Seven different words were put here by an editor today.";
  static final String HEADER = "WORLD NEWS via The Example Daily, 7 December";
  static final String FOOTER = "Copyright 2026 The Example Daily. All rights reserved.";
  static final String MARKUP_LINE = "A <script>alert(\"x\") & more</script> line was written here.";

  private NearDuplicateTexts() {}

  /** The texts by id. */
  static Map<String, String> corpus() {
    Map<String, String> docs = new TreeMap<>();
    List<String> m = article(1);
    docs.put("m-1", String.join("\n", m) + "\n");
    List<String> wire = new ArrayList<>(m);
    wire.add(0, HEADER);
    wire.add(FOOTER);
    docs.put("m-2", String.join("\n", wire) + "\n");
    List<String> edited = new ArrayList<>(m);
    edited.set(5, CHANGED_LINE);
    docs.put("m-3", String.join("\n", edited) + "\n");
    docs.put("m-4", String.join("\n", m.subList(0, m.size() - 2)) + "\n");
    List<String> b = article(2);
    docs.put("b-1", String.join("\n", b) + "\n");
    List<String> b2 = new ArrayList<>(b);
    b2.set(10, "Ten quite other words were written in this line instead of those.");
    docs.put("b-2", String.join("\n", b2) + "\n");
    List<String> c = article(3);
    docs.put(ESCAPED_1, String.join("\n", c) + "\n");
    List<String> c2 = new ArrayList<>(c);
    c2.set(3, MARKUP_LINE);
    docs.put(ESCAPED_2, String.join("\n", c2) + "\n");
    docs.put("z-alone-1", String.join("\n", article(4)) + "\n");
    docs.put("z-alone-2", String.join("\n", article(5)) + "\n");
    return docs;
  }

  /** 30 lines of 10 words drawn from {@code seed}: distinct articles share no shingle. */
  static List<String> article(long seed) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    for (int line = 0; line < 30; line++) {
      String[] words = new String[10];
      for (int w = 0; w < words.length; w++) {
        words[w] = "w" + Integer.toString(random.nextInt(1 << 30), 36);
      }
      words[0] = Character.toUpperCase(words[0].charAt(0)) + words[0].substring(1);
      lines.add(String.join(" ", Arrays.asList(words)) + ".");
    }
    return lines;
  }

  /** The index's result on {@code docs}, added in a shuffled order (it must not matter). */
  static NearDuplicateIndex.Result result(Map<String, String> docs, Path scratch, long seed) throws IOException {
    Signer signer = new Signer(NearDuplicateConfig.DEFAULTS);
    List<String> order = new ArrayList<>(docs.keySet());
    Collections.shuffle(order, new Random(seed));
    try (NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateConfig.DEFAULTS, scratch)) {
      for (String id : order) {
        index.add(id, signer.sign(docs.get(id)));
      }
      index.add("short", signer.sign("only four words here"));
      return index.result(docs::get);
    }
  }
}
