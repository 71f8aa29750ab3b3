package io.github.dpasemantics.model.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.dpasemantics.model.clause.ClauseCatalog;
import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.clause.NormKind;
import io.github.dpasemantics.model.clause.Part;
import io.github.dpasemantics.model.party.PartyKind;
import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for clause ids and the clause catalogue: the one place for them in dpa-model. */
public final class ClauseGenerators {
  private ClauseGenerators() {}

  /** Any part of the text. */
  public static Gen<Part> parts() {
    return Generate.enumValues(Part.class);
  }

  /** Any normative kind. */
  public static Gen<NormKind> kinds() {
    return Generate.enumValues(NormKind.class);
  }

  /** Any party kind. */
  public static Gen<PartyKind> partyKinds() {
    return Generate.enumValues(PartyKind.class);
  }

  /** Number paths of 1 to {@link ClauseId#MAX_DEPTH} numbers, each 1–12 (dense, so ids collide). */
  public static Gen<List<Integer>> numberPaths() {
    return lists().of(integers().between(1, 12)).ofSizeBetween(1, ClauseId.MAX_DEPTH);
  }

  /** Number paths over the whole allowed range 1–{@link ClauseId#MAX_NUMBER}. */
  public static Gen<List<Integer>> wideNumberPaths() {
    return lists().of(integers().between(1, ClauseId.MAX_NUMBER)).ofSizeBetween(1, ClauseId.MAX_DEPTH);
  }

  /** Any valid id, of any part, including the annexes themselves ({@code A}, {@code B}). */
  public static Gen<ClauseId> clauseIds() {
    Gen<ClauseId> numbered = parts().zip(numberPaths(), ClauseId::of);
    Gen<ClauseId> annexes = Generate.pick(List.of(ClauseId.parse("A"), ClauseId.parse("B")));
    return Generate.frequency(
        org.quicktheories.api.Pair.of(12, numbered), org.quicktheories.api.Pair.of(1, annexes));
  }

  /** Valid ids with numbers anywhere in the allowed range. */
  public static Gen<ClauseId> wideClauseIds() {
    return parts().zip(wideNumberPaths(), ClauseId::of);
  }

  /** The ids of the Segment catalogue. */
  public static Gen<ClauseId> segmentClauseIds() {
    return Generate.pick(ClauseCatalog.segmentDpa().all().stream()
        .map(clause -> clause.getId()).collect(Collectors.toList()));
  }

  /**
   * Texts that are not canonical ids: a canonical id spoiled by one of several corruptions
   * (spaces, a trailing dot, a leading zero, a lower-case letter, an empty level, a "Section"
   * prefix, an unknown annex letter, a zero, too many levels).
   */
  public static Gen<String> invalidIdTexts() {
    List<java.util.function.Function<String, String>> corruptions = List.of(
        s -> " " + s,
        s -> s + " ",
        s -> s + ".",
        s -> "0" + s.replaceFirst("^[AB]\\.", ""),
        s -> s.toLowerCase(java.util.Locale.ROOT).replaceFirst("^[0-9]", "a"),
        s -> s.contains(".") ? s.replaceFirst("\\.", "..") : s + "..1",
        s -> s + ".1.1.1.1.1.1.1",
        s -> "Section " + s,
        s -> "C." + s.replaceFirst("^[AB]\\.?", "1"),
        s -> s + ".0",
        s -> s + "-1",
        s -> s + ".1000");
    return clauseIds().zip(integers().between(0, corruptions.size() - 1),
        (id, index) -> corruptions.get(index).apply(id.toString()));
  }
}
