package io.github.dpasemantics.policy.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dpasemantics.model.contract.Addendum;
import io.github.dpasemantics.model.contract.Agreement;
import io.github.dpasemantics.model.contract.AnnexFacts;
import java.time.LocalDate;
import org.quicktheories.core.Gen;

/** Generators for clauses 1, 3 and 4: dates, signed Addenda, Agreements and Annex facts. */
public final class ScopeGenerators {
  private static final LocalDate START = LocalDate.of(2016, 1, 1);

  private ScopeGenerators() {}

  /** Dates from 2016-01-01 to about 2035 (covering leap and non-leap years). */
  public static Gen<LocalDate> dates() {
    return integers().between(0, 7000).map(START::plusDays);
  }

  /** Addenda signed within 120 days of each other. */
  public static Gen<Addendum> addenda() {
    return dates().zip(integers().between(-120, 120), (d, offset) -> Addendum.signed(d, d.plusDays(offset)));
  }

  /** Agreements effective in 2015, open-ended or with a fixed expiration date from 2016 on. */
  public static Gen<Agreement> agreements() {
    return booleans().all().zip(dates(), (fixed, end) -> fixed
        ? Agreement.builder().effectiveDate(LocalDate.of(2015, 1, 1)).expirationDate(end).build()
        : Agreement.of(LocalDate.of(2015, 1, 1)));
  }

  /** All four combinations of Annex facts. */
  public static Gen<AnnexFacts> annexFacts() {
    return booleans().all().zip(booleans().all(),
        (eu, ccpa) -> AnnexFacts.builder().governedByEuDataProtectionLaw(eu).governedByCcpa(ccpa).build());
  }
}
