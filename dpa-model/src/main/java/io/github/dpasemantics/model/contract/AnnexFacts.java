package io.github.dpasemantics.model.contract;

import io.github.dpasemantics.model.data.DataProtectionLaw;
import java.util.Collection;
import org.immutables.value.Value;

/**
 * The facts that decide which Annexes apply (4): whether Segment's Processing of Customer
 * Personal Data under the contract is governed by EU Data Protection Law (Annex A) and whether it
 * is governed by the CCPA (Annex B). Both, one or neither may hold; the policy function
 * {@code applicableAnnexes} decides from them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AnnexFacts {

  AnnexFacts() {}

  /** Facts given directly. */
  public static AnnexFacts of(boolean governedByEuDataProtectionLaw, boolean governedByCcpa) {
    return ImmutableAnnexFacts.builder()
        .governedByEuDataProtectionLaw(governedByEuDataProtectionLaw)
        .governedByCcpa(governedByCcpa)
        .build();
  }

  /** Facts read from the set of laws that govern the Processing. */
  public static AnnexFacts governedBy(Collection<DataProtectionLaw> laws) {
    return of(laws.contains(DataProtectionLaw.EU_DATA_PROTECTION_LAW), laws.contains(DataProtectionLaw.CCPA));
  }

  /** Neither EU Data Protection Law nor the CCPA governs the Processing: only the body applies. */
  public static AnnexFacts none() {
    return of(false, false);
  }

  /** Whether EU Data Protection Law governs the Processing of Customer Personal Data (4, Annex A). */
  public abstract boolean isGovernedByEuDataProtectionLaw();

  /** Whether the CCPA governs the Processing of Customer Personal Data (4, Annex B). */
  public abstract boolean isGovernedByCcpa();

  /** Whether the given law governs the Processing; {@link DataProtectionLaw#OTHER} is never recorded here. */
  public final boolean isGovernedBy(DataProtectionLaw law) {
    switch (law) {
      case EU_DATA_PROTECTION_LAW:
        return isGovernedByEuDataProtectionLaw();
      case CCPA:
        return isGovernedByCcpa();
      default:
        return false;
    }
  }
}
