package io.github.dpasemantics.policy.testing;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.policy.LegalFacts;
import io.github.dpasemantics.policy.Transfers;
import io.github.dpasemantics.policy.fact.AlternativeBasis;
import io.github.dpasemantics.policy.fact.DpfCertification;
import io.github.dpasemantics.policy.fact.SccStatus;
import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;

/** Generators for the transfer clauses (A.4) and the legal-facts table: the one place for them. */
public final class TransferGenerators {
  /** Countries that exercise every branch: EU, EEA-only, Switzerland, the UK, the US, adequate and non-adequate third countries. */
  public static final List<String> COUNTRY_CODES = List.of(
      "DE", "FR", "IE", "HR", "NO", "IS", "LI", "CH", "GB", "US", "JP", "KR", "CA", "AR", "NZ", "IL", "UY",
      "IN", "BR", "CN", "SG", "AU");

  private TransferGenerators() {}

  /** Whether the SCCs govern a transfer (A.4.3), as the named fact the SCC-only duties take. */
  public static Gen<SccStatus> sccStatuses() {
    return arbitrary().enumValues(SccStatus.class);
  }

  /** Days from 2009-01-01 to 2028-12-31, around every fact of the built-in table. */
  public static Gen<LocalDate> days() {
    return integers().between((int) LocalDate.of(2009, 1, 1).toEpochDay(), (int) LocalDate.of(2028, 12, 31).toEpochDay())
        .map(d -> LocalDate.ofEpochDay(d));
  }

  /** Days within 3 days of a fact of the built-in table (boundaries), or any day. */
  public static Gen<LocalDate> boundaryDays() {
    List<LocalDate> anchors = LegalFacts.current().getFacts().stream()
        .flatMap(f -> f.getEnds().isPresent() ? java.util.stream.Stream.of(f.getEffective(), f.getEnds().get())
            : java.util.stream.Stream.of(f.getEffective()))
        .collect(java.util.stream.Collectors.toList());
    Gen<LocalDate> near = arbitrary().pick(anchors).zip(integers().between(-3, 3), (d, k) -> d.plusDays(k));
    return near.mix(days());
  }

  /** A country from {@link #COUNTRY_CODES}. */
  public static Gen<CountryCode> countries() {
    return arbitrary().pick(COUNTRY_CODES).map(CountryCode::of);
  }

  /** The default readings or the EEA reading of "established in the EU". */
  public static Gen<Interpretations> readings() {
    return booleans().all().map(b -> b ? Interpretations.defaults() : Interpretations.of(Interpretation.EU_INCLUDES_EEA));
  }

  /** Any party kind. */
  public static Gen<PartyKind> partyKinds() {
    return arbitrary().enumValues(PartyKind.class);
  }

  /** Any part of a Subprocessor agreement. */
  public static Gen<Transfers.AgreementContent> contents() {
    return arbitrary().enumValues(Transfers.AgreementContent.class);
  }

  /** Any law of the table. */
  public static Gen<LegalFacts.Law> laws() {
    return arbitrary().enumValues(LegalFacts.Law.class);
  }

  /** A transfer question: customer and destination countries, certification, other basis, day, readings. */
  public static Gen<TransferCase> cases() {
    return countries().zip(countries(), arbitrary().enumValues(DpfCertification.class), (c, d, cert) -> new TransferCase(c, d,
            cert, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, LocalDate.EPOCH, Interpretations.defaults()))
        .zip(arbitrary().enumValues(AlternativeBasis.class), boundaryDays(), (t, other, day) -> new TransferCase(t.customerIn, t.destination,
            t.certified, other, day, t.readings))
        .zip(readings(), (t, r) -> new TransferCase(t.customerIn, t.destination, t.certified, t.otherBasis, t.asOf, r));
  }

  /** One transfer question. */
  public static final class TransferCase {
    /** Where Customer is established. */
    public final CountryCode customerIn;
    /** Segment's country. */
    public final CountryCode destination;
    /** Whether Segment is DPF-certified. */
    public final DpfCertification certified;
    /** Whether another lawful basis applies. */
    public final AlternativeBasis otherBasis;
    /** The day. */
    public final LocalDate asOf;
    /** The readings. */
    public final Interpretations readings;

    TransferCase(CountryCode customerIn, CountryCode destination, DpfCertification certified, AlternativeBasis otherBasis,
        LocalDate asOf, Interpretations readings) {
      this.customerIn = customerIn;
      this.destination = destination;
      this.certified = certified;
      this.otherBasis = otherBasis;
      this.asOf = asOf;
      this.readings = readings;
    }

    /** The same question on another day. */
    public TransferCase on(LocalDate day) {
      return new TransferCase(customerIn, destination, certified, otherBasis, day, readings);
    }

    @Override
    public String toString() {
      return "TransferCase[" + customerIn + " -> " + destination + ", certified=" + certified + ", otherBasis="
          + otherBasis + ", asOf=" + asOf + ", " + readings + "]";
    }
  }
}
