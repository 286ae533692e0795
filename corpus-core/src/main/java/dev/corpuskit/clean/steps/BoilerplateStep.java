package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes web boilerplate lines by a lexicon of named patterns. A pattern that marks the start of
 * trailing boilerplate (a comment section, a related-articles list, a rating prompt) removes its line
 * and every line after it, once some content precedes it. Each removal is audited as
 * {@code boilerplate/<pattern id>}.
 */
public final class BoilerplateStep implements CleaningStep {

  public static final String ID = "boilerplate";

  /** Lines longer than this are prose, not boilerplate, whatever they mention. */
  private static final int MAX_LINE_LENGTH = 300;

  private static final List<Entry> LEXICON = List.of(
      line("cookie-notice", "(privacy\\s*&\\s*cookies:.*|.*\\b(this|our) (web)?site uses cookies\\b.*"
          + "|.*\\bby continuing to use this (web)?site\\b.*|.*\\bhow to control cookies\\b.*"
          + "|.*\\bwe use cookies\\b.*|(accept|allow) (all )?cookies\\.?)"),
      line("download-link", "download link\\b.*\\bclick here\\b.*"),
      line("theme-footer", "(.*\\btheme for wordpress\\b.*|(proudly )?powered by\\b.{0,60}"
          + "|(copyright )?©.{0,80}all rights reserved\\.?)"),
      line("login-prompt", "(log ?in|sign in|you must be logged in)\\b.{0,60}\\b(to )?(comment|reply|post).*"),
      line("share-prompt", "(share this( article| story)?:?|click to share on \\w+.*|share on (facebook|twitter|whatsapp|linkedin).*"
          + "|like this:?|tweet this)"),
      line("comment-form", "(fill in your details below or click an icon to log in.*"
          + "|you are commenting using your .{0,40}account\\..*|connecting to %s"
          + "|notify me of (new|follow-up) (comments|posts).*|comment policy\\b.*"
          + "|(google\\+|twitter|facebook|wordpress\\.com) (photo|picture))"),
      line("related-posted-on", "posted on:.{1,80}\\|\\s*by:.*"),
      tail("comments", "(leave a (reply|comment)|post a comment|add (a )?comment|(\\d+ )?comments?( \\(\\d+\\))?|\\d+ comment\\(s\\))"),
      tail("related-articles", "(related (article|post|story|stor(y|ies)|news|content)s?|you may also like|read more|more stories|recommended( for you)?):?"),
      tail("article-rating", "(do|did) you (like|enjoy) this (article|story|post)\\??"));

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Line> apply(List<Line> lines, Audit audit) {
    List<Line> out = new ArrayList<>(lines.size());
    boolean contentSeen = false;
    String cutBy = null;
    for (Line line : lines) {
      if (cutBy != null) {
        audit.removed(ID + "/" + cutBy, line);
        continue;
      }
      Entry match = match(line.text());
      if (match == null) {
        out.add(line);
        contentSeen |= !line.isBlank();
      } else if (match.cutsTail && contentSeen) {
        cutBy = match.id;
        audit.removed(ID + "/" + match.id, line);
      } else if (!match.cutsTail) {
        audit.removed(ID + "/" + match.id, line);
      } else {
        out.add(line); // a tail marker before any content is a heading, not a tail
        contentSeen = true;
      }
    }
    return out;
  }

  private static Entry match(String text) {
    String normalised = text.replaceAll("[\\h\\s]+", " ").strip().toLowerCase(Locale.ROOT);
    if (normalised.isEmpty() || normalised.length() > MAX_LINE_LENGTH) {
      return null;
    }
    for (Entry entry : LEXICON) {
      if (entry.pattern.matcher(normalised).matches()) {
        return entry;
      }
    }
    return null;
  }

  private static Entry line(String id, String regex) {
    return new Entry(id, Pattern.compile(regex), false);
  }

  private static Entry tail(String id, String regex) {
    return new Entry(id, Pattern.compile(regex), true);
  }

  private record Entry(String id, Pattern pattern, boolean cutsTail) {}
}
