package dev.corpuskit.perf;

import java.util.SplittableRandom;

/**
 * Writes plausible English news prose from fixed word lists: headlines, sentences with attributions,
 * quotes, numbers and places. Deterministic for a given random source.
 */
final class NewsText {

  private static final String[] SUBJECTS = {
    "The government", "Officials", "The coalition", "Local residents", "The ministry", "Analysts",
    "A spokesman for the alliance", "The United Nations", "Aid agencies", "The prime minister",
    "Security forces", "Opposition leaders", "The central bank", "Investigators", "Witnesses",
    "The regional council", "Health workers", "Farmers in the north", "The company", "Diplomats"};
  private static final String[] VERBS = {
    "said on Tuesday that", "warned that", "announced that", "confirmed that", "told reporters that",
    "insisted that", "denied that", "acknowledged that", "argued that", "reported that",
    "said in a statement that", "estimated that", "feared that", "promised that", "claimed that"};
  private static final String[] CLAUSES = {
    "the talks would resume after the holiday", "thousands of people had fled the fighting",
    "the new rules would take effect next month", "prices had risen faster than expected",
    "the last stronghold had fallen after weeks of heavy shelling", "the border crossing would stay closed",
    "more than %d families were still without power", "the vote had been postponed until %d",
    "the budget would grow by %d percent", "the investigation was far from over",
    "the ceasefire was holding in most areas", "the shipment had arrived at the port on Sunday",
    "at least %d people were killed in the attack", "the plan had the support of most members",
    "the decision was taken without consulting the parliament", "the drought had cut harvests sharply",
    "the company would cut %d jobs by the end of the year", "the aid convoy had reached the city",
    "schools in the capital would reopen on Monday", "the agreement still needed to be ratified"};
  private static final String[] PLACES = {
    "in the capital", "near the border", "in the eastern province", "across the region",
    "in the south of the country", "along the coast", "in the mountains", "in the old city",
    "outside the parliament", "in several villages"};
  private static final String[] QUOTES = {
    "We will not give up until every family is safe", "This is a turning point for the whole region",
    "Nobody expected the situation to change so quickly", "The numbers speak for themselves",
    "We need more time and more resources", "It is too early to say what comes next"};
  private static final String[] HEAD_WORDS = {
    "Talks", "Ceasefire", "Floods", "Election", "Protests", "Budget", "Offensive", "Inquiry", "Harvest",
    "Strike", "Reforms", "Aid", "Border", "Court", "Markets"};
  private static final String[] HEAD_TAILS = {
    "stall as deadline nears", "hold despite new clashes", "leave thousands homeless", "delayed again",
    "spread to the capital", "passes first vote", "enters final phase", "finds serious failures",
    "hit by drought", "halts transport", "face fresh opposition", "reaches besieged town"};

  private NewsText() {}

  static String headline(SplittableRandom random) {
    return pick(random, HEAD_WORDS) + " " + pick(random, HEAD_TAILS);
  }

  static String sentence(SplittableRandom random) {
    int kind = random.nextInt(10);
    if (kind == 0) {
      return "\u201C" + pick(random, QUOTES) + ",\u201D " + pick(random, SUBJECTS).toLowerCase(java.util.Locale.ROOT)
          .replaceFirst("^the ", "the ") + " said.";
    }
    String clause = String.format(java.util.Locale.ROOT, pick(random, CLAUSES),
        10 + random.nextInt(2000), 10 + random.nextInt(90));
    String place = random.nextInt(3) == 0 ? " " + pick(random, PLACES) : "";
    return pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + clause + place + ".";
  }

  static String paragraph(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    int sentences = 2 + random.nextInt(3);
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(sentence(random));
    }
    return text.toString();
  }

  static <T> T pick(SplittableRandom random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
