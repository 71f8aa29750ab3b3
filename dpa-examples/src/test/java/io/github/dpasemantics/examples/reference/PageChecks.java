package io.github.dpasemantics.examples.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The page invariants the browser check in .ci/check-reference.sh also asserts, over the HTML text. */
final class PageChecks {
  private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
  private static final Pattern HREF = Pattern.compile("\\shref=\"#([^\"]*)\"");
  private static final Pattern EXAMPLE = Pattern.compile("<div class=\"example\" id=\"([^\"]*)\">(.*?)\n</div>", Pattern.DOTALL);

  private PageChecks() {}

  /** Every id attribute, in page order (with repeats, if any). */
  static List<String> ids(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = ID.matcher(html);
    while (m.find()) {
      out.add(unescape(m.group(1)));
    }
    return out;
  }

  /** Every internal link target. */
  static List<String> internalLinks(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = HREF.matcher(html);
    while (m.find()) {
      out.add(unescape(m.group(1)));
    }
    return out;
  }

  /** Every worked-example block: anchor id → inner HTML. */
  static Map<String, String> examples(String html) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = EXAMPLE.matcher(html);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }

  /** The article of a clause. */
  static String article(String html, String clauseId) {
    String start = "id=\"clause-" + clauseId + "\"";
    int at = html.indexOf(start);
    if (at < 0) {
      throw new AssertionError("no article for clause " + clauseId);
    }
    int end = html.indexOf("</article>", at);
    return html.substring(at, end);
  }

  /** The text of an HTML fragment: tags dropped, entities of Html.esc undone, spaces collapsed. */
  static String text(String fragment) {
    return unescape(fragment.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").trim();
  }

  static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }
}
