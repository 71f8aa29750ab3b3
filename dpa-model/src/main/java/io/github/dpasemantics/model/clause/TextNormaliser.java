package io.github.dpasemantics.model.clause;

import java.util.regex.Pattern;

/** Turns the Markdown of the contract resource into the plain, normalised text of a clause. */
final class TextNormaliser {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)]*)\\)");

  private TextNormaliser() {}

  /** Collapses every run of whitespace to one space and strips the ends. */
  static String collapse(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  /** Replaces every Markdown link by its label, drops bold markers and collapses whitespace. */
  static String plain(String markdown) {
    String unlinked = LINK.matcher(collapse(markdown)).replaceAll(match -> 
        java.util.regex.Matcher.quoteReplacement(match.group(1)));
    return collapse(unlinked.replace("**", ""));
  }
}
