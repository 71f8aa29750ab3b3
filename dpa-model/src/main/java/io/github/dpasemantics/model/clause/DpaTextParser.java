package io.github.dpasemantics.model.clause;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Markdown of a data protection addendum laid out like Segment's into its numbered
 * units.
 *
 * <p>The layout it understands: an optional leading HTML comment (the attribution) and YAML front
 * matter; a title line {@code ## <title>} opening the body; {@code ## Annex A - <title>} and
 * {@code ## Annex B - <title>} opening the annexes (each annex is a unit, {@code A} or {@code B});
 * {@code ### N. <title>} opening a section; and numbered paragraphs {@code N.} / {@code N.N.} /
 * {@code N.N.N.}, possibly indented. A numbered line starts a unit only if its number is a
 * possible next number after the previous unit (first sub-unit, or next sibling at some level);
 * any other line continues the current unit's text, so a wrapped line that happens to start with
 * a number does not split a unit. A unit whose text starts with a bold run-in heading
 * ({@code **Definitions**.}) gets that heading; a definition ({@code "**Affiliate**" means})
 * gets its term as heading and keeps it in the text.
 *
 * <p>Every failure is an {@link IllegalArgumentException} naming the line number and the rule.
 */
final class DpaTextParser {

  /** One unit as read from the text, before semantics are attached. */
  record ParsedUnit(
      ClauseId id, Optional<String> heading, String text, List<String> quotedBoldTerms, int line) {}

  private static final Pattern PART_TITLE = Pattern.compile("^##\\s+(\\S.*)$");
  private static final Pattern ANNEX = Pattern.compile("^Annex\\s+([AB])\\s*[-\u2013\u2014]\\s*(\\S.*)$");
  private static final Pattern SECTION = Pattern.compile("^###\\s+(\\d{1,3})\\.\\s+(\\S.*)$");
  private static final Pattern NUMBERED =
      Pattern.compile("^\\s*(\\d{1,3}(?:\\.\\d{1,3}){0,4})\\.(?:\\s+(.*))?$");
  private static final Pattern RUN_IN = Pattern.compile("^\\*\\*([^*]+?)\\*\\*\\.?(?:\\s+|$)");
  private static final Pattern DEFINITION_HEAD = Pattern.compile("^\"\\*\\*([^*]+?)\\*\\*\"");
  private static final Pattern QUOTED_BOLD = Pattern.compile("\"\\*\\*([^*]+?)\\*\\*\"");

  private static final Pattern DOT = Pattern.compile("\\.");

  private DpaTextParser() {}

  /**
   * Parses the lines of the text.
   *
   * @param lines the lines, without line terminators
   * @return the units in document order
   * @throws IllegalArgumentException naming the line, if the text does not follow the layout
   */
  static List<ParsedUnit> parse(List<String> lines) {
    return new Run(lines).parse();
  }

  /** The mutable state of one parse, confined to one call. */
  private static final class Run {
    private final List<String> lines;
    private final List<ParsedUnit> units = new ArrayList<>();
    private Optional<Part> part = Optional.empty();
    private Optional<ClauseId> current = Optional.empty();
    private Optional<String> currentHeading = Optional.empty();
    private int currentLine;
    private final StringBuilder currentText = new StringBuilder();

    Run(List<String> lines) {
      this.lines = lines;
    }

    List<ParsedUnit> parse() {
      int index = skipPreamble();
      for (; index < lines.size(); index++) {
        String line = lines.get(index);
        int number = index + 1;
        if (line.isBlank()) {
          continue;
        }
        if (line.startsWith("###")) {
          section(line, number);
        } else if (line.startsWith("##")) {
          partTitle(line, number);
        } else if (line.startsWith("<!--")) {
          index = skipComment(index);
        } else {
          numberedOrText(line, number);
        }
      }
      finish();
      if (part.isEmpty()) {
        throw new IllegalArgumentException("the text has no '## <title>' line opening the body");
      }
      if (units.isEmpty()) {
        throw new IllegalArgumentException("the text has no numbered units");
      }
      return List.copyOf(units);
    }

    private int skipPreamble() {
      int index = 0;
      while (index < lines.size()) {
        String line = lines.get(index);
        if (line.isBlank()) {
          index++;
        } else if (line.strip().startsWith("<!--")) {
          index = skipComment(index) + 1;
        } else if (line.strip().equals("---") && part.isEmpty() && units.isEmpty()) {
          int end = index + 1;
          while (end < lines.size() && !lines.get(end).strip().equals("---")) {
            end++;
          }
          if (end == lines.size()) {
            throw new IllegalArgumentException(
                "line " + (index + 1) + ": front matter opened by '---' is never closed");
          }
          index = end + 1;
        } else {
          return index;
        }
      }
      return index;
    }

    private int skipComment(int start) {
      for (int index = start; index < lines.size(); index++) {
        if (lines.get(index).contains("-->")) {
          return index;
        }
      }
      throw new IllegalArgumentException(
          "line " + (start + 1) + ": comment opened by '<!--' is never closed");
    }

    private void partTitle(String line, int number) {
      Matcher title = PART_TITLE.matcher(line.strip());
      if (!title.matches()) {
        throw new IllegalArgumentException(
            "line " + number + ": '" + line.strip() + "' is not a part title '## <title>'");
      }
      Matcher annex = ANNEX.matcher(title.group(1));
      if (annex.matches()) {
        Part next = annex.group(1).equals("A") ? Part.ANNEX_A : Part.ANNEX_B;
        if (part.isEmpty() || part.get().compareTo(next) >= 0) {
          throw new IllegalArgumentException(
              "line " + number + ": Annex " + annex.group(1)
                  + " is out of order (the body comes first, then Annex A, then Annex B)");
        }
        finish();
        part = Optional.of(next);
        start(ClauseId.of(next), Optional.of(annex.group(2).strip()), "", number);
      } else {
        if (part.isPresent()) {
          throw new IllegalArgumentException(
              "line " + number + ": '" + line.strip() + "' is neither the body's title (which"
                  + " comes first) nor '## Annex A - <title>' / '## Annex B - <title>'");
        }
        part = Optional.of(Part.BODY);
      }
    }

    private void section(String line, int number) {
      Matcher section = SECTION.matcher(line.strip());
      if (!section.matches()) {
        throw new IllegalArgumentException(
            "line " + number + ": '" + line.strip() + "' is not a section heading '### N. <title>'");
      }
      Part inPart = requirePart(number);
      ClauseId id = ClauseId.of(inPart, Integer.parseInt(section.group(1)));
      if (!isNext(id)) {
        throw new IllegalArgumentException(
            "line " + number + ": section " + id + " does not follow "
                + current.map(ClauseId::toString).orElse("the start of its part")
                + " (expected one of " + nextIds() + ")");
      }
      finish();
      start(id, Optional.of(TextNormaliser.plain(section.group(2))), "", number);
    }

    private void numberedOrText(String line, int number) {
      Matcher numbered = NUMBERED.matcher(line);
      if (numbered.matches() && part.isPresent()) {
        int[] numbers = DOT.splitAsStream(numbered.group(1))
            .mapToInt(Integer::parseInt).toArray();
        if (Arrays.stream(numbers).allMatch(n -> n >= 1)) {
          ClauseId id = ClauseId.of(part.get(), numbers);
          if (isNext(id)) {
            finish();
            String rest = numbered.group(2);
            start(id, Optional.empty(), rest == null ? "" : rest, number);
            return;
          }
        }
      }
      if (current.isEmpty()) {
        throw new IllegalArgumentException(
            "line " + number + ": text '" + abbreviate(line.strip())
                + "' stands outside any numbered unit");
      }
      currentText.append(' ').append(line.strip());
    }

    private Part requirePart(int number) {
      return part.orElseThrow(() -> new IllegalArgumentException(
          "line " + number + ": a numbered unit before the '## <title>' line opening the body"));
    }

    private boolean isNext(ClauseId id) {
      return nextIds().contains(id);
    }

    /** The ids that may follow the current unit in its part. */
    private List<ClauseId> nextIds() {
      List<ClauseId> next = new ArrayList<>();
      Part inPart = part.orElse(Part.BODY);
      Optional<ClauseId> previous = current.filter(id -> id.getPart() == inPart);
      if (previous.isEmpty()) {
        next.add(ClauseId.of(inPart, 1));
        return next;
      }
      ClauseId id = previous.get();
      if (id.getDepth() < ClauseId.MAX_DEPTH) {
        next.add(id.child(1));
      }
      List<Integer> numbers = id.getNumbers();
      for (int depth = numbers.size(); depth >= 1; depth--) {
        int[] sibling = numbers.subList(0, depth).stream().mapToInt(Integer::intValue).toArray();
        sibling[depth - 1]++;
        if (sibling[depth - 1] <= ClauseId.MAX_NUMBER) {
          next.add(ClauseId.of(inPart, sibling));
        }
      }
      return next;
    }

    private void start(ClauseId id, Optional<String> heading, String text, int number) {
      current = Optional.of(id);
      currentHeading = heading;
      currentLine = number;
      currentText.setLength(0);
      currentText.append(text);
    }

    private void finish() {
      if (current.isEmpty()) {
        return;
      }
      ClauseId id = current.get();
      String markdown = TextNormaliser.collapse(currentText.toString());
      List<String> terms = new ArrayList<>();
      Matcher quoted = QUOTED_BOLD.matcher(markdown);
      while (quoted.find()) {
        terms.add(TextNormaliser.collapse(quoted.group(1)));
      }
      Optional<String> heading = currentHeading;
      Matcher runIn = RUN_IN.matcher(markdown);
      Matcher definition = DEFINITION_HEAD.matcher(markdown);
      if (heading.isEmpty() && runIn.find()) {
        heading = Optional.of(TextNormaliser.collapse(runIn.group(1)));
        markdown = markdown.substring(runIn.end());
      } else if (heading.isEmpty() && definition.find()) {
        heading = Optional.of(TextNormaliser.collapse(definition.group(1)));
      }
      units.add(new ParsedUnit(
          id, heading, TextNormaliser.plain(markdown), List.copyOf(terms), currentLine));
      current = Optional.empty();
      currentHeading = Optional.empty();
      currentText.setLength(0);
    }

    private static String abbreviate(String text) {
      return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
  }
}
