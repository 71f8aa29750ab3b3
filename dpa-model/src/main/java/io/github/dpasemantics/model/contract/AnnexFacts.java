package io.github.dpasemantics.model.contract;

import io.github.dpasemantics.model.data.DataProtectionLaw;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
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
public abstract class AnnexFacts implements WithAnnexFacts {

  AnnexFacts() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: governedByEuDataProtectionLaw, governedByCcpa; optional: none.
   *
   * @return a builder for {@code AnnexFacts}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link AnnexFacts}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableAnnexFacts.Builder {
    Builder() {}
  }

  /**
   * Facts naming the laws that govern the Processing:
   * {@code AnnexFacts.governedBy(DataProtectionLaw.EU_DATA_PROTECTION_LAW)} makes Annex A apply
   * (4), {@code governedBy(EU_DATA_PROTECTION_LAW, CCPA)} both Annexes.
   *
   * @param laws the Data Protection Laws that govern the Processing: EU Data Protection Law (2.6)
   *     makes Annex A apply, the CCPA (2.2) Annex B (4); {@link DataProtectionLaw#OTHER} decides no
   *     Annex and is ignored; none given: neither Annex
   * @return facts with each flag set exactly when its law is among {@code laws}
   */
  public static AnnexFacts governedBy(DataProtectionLaw... laws) {
    Objects.requireNonNull(laws, "AnnexFacts.governedBy: laws must not be null");
    return governedBy(Arrays.asList(laws));
  }

  /**
   * Facts read from the set of laws that govern the Processing.
   *
   * @param laws the Data Protection Laws that govern the Processing;
   *     {@link DataProtectionLaw#OTHER} decides no Annex and is ignored
   * @return facts with each flag set exactly when its law is among {@code laws}
   */
  public static AnnexFacts governedBy(Collection<DataProtectionLaw> laws) {
    Objects.requireNonNull(laws, "AnnexFacts.governedBy: laws must not be null");
    for (DataProtectionLaw law : laws) {
      Objects.requireNonNull(law, "AnnexFacts.governedBy: laws must not contain null");
    }
    return ImmutableAnnexFacts.builder()
        .governedByEuDataProtectionLaw(laws.contains(DataProtectionLaw.EU_DATA_PROTECTION_LAW))
        .governedByCcpa(laws.contains(DataProtectionLaw.CCPA))
        .build();
  }

  /**
   * Neither EU Data Protection Law nor the CCPA governs the Processing: only the body applies.
   *
   * @return facts with both flags {@code false}
   */
  public static AnnexFacts none() {
    return governedBy(List.of());
  }

  /**
   * Whether EU Data Protection Law governs the Processing of Customer Personal Data (4, Annex A).
   *
   * @return {@code true} if it does, so that Annex A applies (4)
   */
  public abstract boolean isGovernedByEuDataProtectionLaw();

  /**
   * Whether the CCPA governs the Processing of Customer Personal Data (4, Annex B).
   *
   * @return {@code true} if it does, so that Annex B applies (4)
   */
  public abstract boolean isGovernedByCcpa();

  /**
   * Whether the given law governs the Processing; {@link DataProtectionLaw#OTHER} is never recorded
   * here.
   *
   * @param law the law asked about
   * @return the flag for EU Data Protection Law or the CCPA; always {@code false} for
   *     {@link DataProtectionLaw#OTHER}
   */
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
