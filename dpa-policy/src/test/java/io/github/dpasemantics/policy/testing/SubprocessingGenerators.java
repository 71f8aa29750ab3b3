package io.github.dpasemantics.policy.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.ExpeditedReason;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.policy.Subprocessing;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for Subprocessing (6): dates, readings, kinds and terms. The one place for them. */
public final class SubprocessingGenerators {
  private static final LocalDate BASE = LocalDate.of(2019, 1, 1);

  private SubprocessingGenerators() {}

  /** Any day from 2019-01-01 to about 2028 (leap years 2020 and 2024 included). */
  public static Gen<LocalDate> dates() {
    return integers().between(0, 3650).map(BASE::plusDays);
  }

  /** A day offset of -30..30, for placing one date near another. */
  public static Gen<Integer> offsets() {
    return integers().between(-30, 30);
  }

  /** Every combination of the readings that matter to 6.3 (notice channel, counting, roll-forward). */
  public static Gen<Interpretations> readings() {
    return Generate.pick(java.util.List.of(
        Interpretations.defaults(),
        Interpretations.of(Interpretation.NOTICE_ON_EARLIER_CHANNEL),
        Interpretations.of(Interpretation.ADVANCE_NOTICE_CLEAR_DAYS),
        Interpretations.of(Interpretation.ROLL_FORWARD_TO_BUSINESS_DAY),
        Interpretations.of(Interpretation.ADVANCE_NOTICE_CLEAR_DAYS, Interpretation.ROLL_FORWARD_TO_BUSINESS_DAY),
        Interpretations.of(Interpretation.NOTICE_ON_EARLIER_CHANNEL, Interpretation.ADVANCE_NOTICE_CLEAR_DAYS,
            Interpretation.ROLL_FORWARD_TO_BUSINESS_DAY)));
  }

  /** Terms with notice days 0..30 and objection days 0..30. */
  public static Gen<DpaTerms> terms() {
    return integers().between(0, 30).zip(integers().between(0, 30),
        (n, o) -> DpaTerms.builder().subprocessorNoticeDays(n).objectionDays(o).build());
  }

  /** The party kinds 6.3's notice rule accepts. */
  public static Gen<PartyKind> engagedKinds() {
    return Generate.pick(java.util.List.of(PartyKind.SEGMENT_AFFILIATE, PartyKind.THIRD_PARTY_SUBPROCESSOR,
        PartyKind.SOURCE_OR_DESTINATION));
  }

  /** The party kinds 6.1.2's liability rule accepts. */
  public static Gen<PartyKind> actorKinds() {
    return Generate.pick(java.util.List.of(PartyKind.SUBPROCESSOR, PartyKind.SEGMENT_AFFILIATE,
        PartyKind.THIRD_PARTY_SUBPROCESSOR, PartyKind.SOURCE_OR_DESTINATION));
  }

  /** Party kinds no 6 rule accepts. */
  public static Gen<PartyKind> otherKinds() {
    Set<PartyKind> others = new HashSet<>(Set.of(PartyKind.values()));
    others.removeAll(Set.of(PartyKind.SEGMENT_AFFILIATE, PartyKind.THIRD_PARTY_SUBPROCESSOR,
        PartyKind.SOURCE_OR_DESTINATION, PartyKind.SUBPROCESSOR));
    return Generate.pick(java.util.List.copyOf(others));
  }

  /** Any expedited reason of 6.3. */
  public static Gen<ExpeditedReason> expeditedReasons() {
    return Generate.enumValues(ExpeditedReason.class);
  }

  /** Any state of the good-faith discussion. */
  public static Gen<Subprocessing.Discussion> discussions() {
    return Generate.enumValues(Subprocessing.Discussion.class);
  }

  /** Any comparison of Subprocessor obligations. */
  public static Gen<Subprocessing.SubprocessorObligations> obligations() {
    return Generate.enumValues(Subprocessing.SubprocessorObligations.class);
  }
}
