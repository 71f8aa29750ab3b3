package io.github.dpasemantics.policy.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.AgreementExpired;
import io.github.dpasemantics.model.event.AgreementTerminated;
import io.github.dpasemantics.model.event.DeletionRequested;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.policy.Deletion;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for Deletion (9): dates, Agreement ends, timeline events, readings and retention facts. The one place for them. */
public final class DeletionGenerators {
  private static final LocalDate BASE = LocalDate.of(2019, 1, 1);

  private DeletionGenerators() {}

  /** Any day from 2019-01-01 to about 2028. */
  public static Gen<LocalDate> dates() {
    return integers().between(0, 3650).map(BASE::plusDays);
  }

  /** A day offset of -120..120. */
  public static Gen<Integer> offsets() {
    return integers().between(-120, 120);
  }

  /** The readings that matter to 9.1 in every combination. */
  public static Gen<Interpretations> readings() {
    return Generate.pick(List.of(
        Interpretations.defaults(),
        Interpretations.of(Interpretation.EARLY_DELETION_REQUEST_TRIGGERS_NOTHING),
        Interpretations.of(Interpretation.DELETION_ENDS_WITH_ADDENDUM),
        Interpretations.of(Interpretation.ROLL_FORWARD_TO_BUSINESS_DAY),
        Interpretations.of(Interpretation.EARLY_DELETION_REQUEST_TRIGGERS_NOTHING, Interpretation.ROLL_FORWARD_TO_BUSINESS_DAY)));
  }

  /** The Agreement's end as 9.1 takes it: empty (not ended) or any day of {@link #dates()}. */
  public static Gen<Optional<LocalDate>> agreementEnds() {
    return booleans().all().zip(dates(), (ended, d) -> ended ? Optional.of(d) : Optional.<LocalDate>empty());
  }

  /**
   * An event of a contract's timeline that 9.1 reads: a deletion request, or one of the three
   * events that end the Agreement (3.4).
   */
  public static Gen<DpaEvent> timelineEvents() {
    return integers().between(0, 3).zip(dates(), (kind, d) -> switch (kind) {
      case 0 -> (DpaEvent) AgreementTerminated.builder().id("t-" + d).date(d).actor(PartyKind.CUSTOMER).build();
      case 1 -> AgreementExpired.builder().id("x-" + d).date(d).actor(PartyKind.SEGMENT).build();
      default -> DeletionRequested.builder().id("r-" + d).date(d).build();
    });
  }

  /** Any legal-retention fact of 9.2. */
  public static Gen<Deletion.LegalRetention> retentions() {
    return Generate.enumValues(Deletion.LegalRetention.class);
  }
}
