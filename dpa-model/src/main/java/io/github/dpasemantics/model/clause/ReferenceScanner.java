package io.github.dpasemantics.model.clause;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the cross-references in a clause's text and resolves them (see {@link CrossReference} for
 * the reading of the lettered numbering and of unqualified section numbers).
 */
final class ReferenceScanner {

  private static final Pattern REFERENCE = Pattern.compile(
      "(?<section>Section (?<num>\\d{1,3})(?:\\.(?<letter>[a-z])\\.|(?<sub>(?:\\.\\d{1,3})+))?"
          + "(?: (?:of|to) this (?<scope>Addendum|Annex [AB]))?)"
          + "|(?<annex>Annex (?<annexLetter>[AB]))\\b"
          + "|(?<scc>Clause \\d{1,2}\\(\\w{1,2}\\)(?: of the Standard Contractual Clauses)?"
          + "|Appendix \\d{1,2} to the Standard Contractual Clauses)"
          + "|(?<gdpr>Articles? \\d{1,3}(?: (?:to|and) \\d{1,3})?(?: \\(inclusive\\))? of the GDPR"
          + "|Chapter [IVX]+ of the GDPR|Regulation 2016/679)"
          + "|(?<decision>Decision 2010/87/EU)");

  private static final Pattern DOT = Pattern.compile("\\.");

  private ReferenceScanner() {}

  /**
   * Returns every reference in {@code text}, in text order.
   *
   * @param source the clause whose text it is
   * @param text the clause's normalised text
   * @return the references
   */
  static List<CrossReference> scan(ClauseId source, String text) {
    List<CrossReference> references = new ArrayList<>();
    Matcher matcher = REFERENCE.matcher(text);
    while (matcher.find()) {
      String literal = matcher.group();
      int offset = matcher.start();
      if (matcher.group("section") != null) {
        references.add(section(source, matcher, literal, offset));
      } else if (matcher.group("annex") != null) {
        ClauseId annex = ClauseId.parse(group(matcher, "annexLetter"));
        references.add(CrossReference.internal(source, literal, offset, annex));
      } else if (matcher.group("scc") != null) {
        references.add(CrossReference.external(
            source, literal, offset, ExternalDocument.STANDARD_CONTRACTUAL_CLAUSES));
      } else if (matcher.group("gdpr") != null) {
        references.add(CrossReference.external(source, literal, offset, ExternalDocument.GDPR));
      } else {
        references.add(CrossReference.external(
            source, literal, offset, ExternalDocument.COMMISSION_DECISION_2010_87_EU));
      }
    }
    return references;
  }

  private static CrossReference section(
      ClauseId source, Matcher matcher, String literal, int offset) {
    Optional<String> scope = Optional.ofNullable(matcher.group("scope"));
    Part part = scope.map(ReferenceScanner::partOf).orElse(source.getPart());
    int section = Integer.parseInt(group(matcher, "num"));
    List<Integer> numbers = new ArrayList<>();
    numbers.add(section);
    List<String> notes = new ArrayList<>();
    String letter = matcher.group("letter");
    String sub = matcher.group("sub");
    if (letter != null) {
      int unit = letter.charAt(0) - 'a' + 1;
      numbers.add(unit);
      notes.add("old lettered numbering: '" + letter + "' is unit " + unit + " of Section "
          + section + " of " + describe(part));
    } else if (sub != null) {
      DOT.splitAsStream(sub.substring(1)).map(Integer::parseInt).forEach(numbers::add);
    }
    if (scope.isEmpty() && part != Part.BODY) {
      notes.add("a Section number without 'of this ...' counts within " + describe(part)
          + ", where it stands");
    } else if (scope.isPresent() && part != source.getPart()) {
      notes.add("'this " + scope.get() + "' names " + describe(part));
    }
    ClauseId target = ClauseId.of(part, numbers);
    CrossReference.Builder builder = CrossReference.builder()
        .source(source).text(literal).offset(offset).target(target);
    if (!notes.isEmpty()) {
      builder.note(String.join("; ", notes) + ": " + target);
    }
    return builder.build();
  }

  private static String group(Matcher matcher, String name) {
    String value = matcher.group(name);
    if (value == null) {
      throw new IllegalStateException("reference pattern group '" + name + "' did not match in '"
          + matcher.group() + "'");
    }
    return value;
  }

  private static Part partOf(String scope) {
    return switch (scope) {
      case "Annex A" -> Part.ANNEX_A;
      case "Annex B" -> Part.ANNEX_B;
      default -> Part.BODY;
    };
  }

  private static String describe(Part part) {
    return part == Part.BODY ? "the body" : "Annex " + part.getLetter().orElse("");
  }
}
