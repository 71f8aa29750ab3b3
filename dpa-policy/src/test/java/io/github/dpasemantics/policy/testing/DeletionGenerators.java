package io.github.dpasemantics.policy.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.policy.Deletion;
import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for Deletion (9): dates, readings and retention facts. The one place for them. */
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

  /** Any legal-retention fact of 9.2. */
  public static Gen<Deletion.LegalRetention> retentions() {
    return Generate.enumValues(Deletion.LegalRetention.class);
  }
}
