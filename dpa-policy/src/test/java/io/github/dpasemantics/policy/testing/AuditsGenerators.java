package io.github.dpasemantics.policy.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.AuditorObjectionReason;
import io.github.dpasemantics.policy.Audits;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for Audits (A.2.2): dates, earlier audits, readings and enum facts. The one place for them. */
public final class AuditsGenerators {
  private static final LocalDate BASE = LocalDate.of(2019, 1, 1);

  private AuditsGenerators() {}

  /** Any day from 2019-01-01 to about 2028. */
  public static Gen<LocalDate> dates() {
    return integers().between(0, 3650).map(BASE::plusDays);
  }

  /** Up to four earlier audit days within about two years of 2019-2028. */
  public static Gen<List<LocalDate>> earlierAudits() {
    return lists().of(dates()).ofSizeBetween(0, 4);
  }

  /** A day offset of -800..30, for placing a report before a request. */
  public static Gen<Integer> reportOffsets() {
    return integers().between(-800, 30);
  }

  /** The readings of the report window. */
  public static Gen<Interpretations> readings() {
    return Generate.pick(List.of(
        Interpretations.defaults(),
        Interpretations.of(Interpretation.REPORT_WINDOW_EXCLUDES_REQUEST_DAY),
        Interpretations.of(Interpretation.REPORT_WINDOW_EXCLUDES_FIRST_DAY)));
  }

  /** Any subset of the auditor objection reasons. */
  public static Gen<Set<AuditorObjectionReason>> concerns() {
    return integers().between(0, 7).map(bits -> {
      Set<AuditorObjectionReason> out = EnumSet.noneOf(AuditorObjectionReason.class);
      for (AuditorObjectionReason r : AuditorObjectionReason.values()) {
        if ((bits & (1 << r.ordinal())) != 0) {
          out.add(r);
        }
      }
      return out;
    });
  }

  /** Any subset of the disclosure limits. */
  public static Gen<Set<Audits.DisclosureLimit>> limits() {
    return integers().between(0, 3).map(bits -> {
      Set<Audits.DisclosureLimit> out = EnumSet.noneOf(Audits.DisclosureLimit.class);
      for (Audits.DisclosureLimit l : Audits.DisclosureLimit.values()) {
        if ((bits & (1 << l.ordinal())) != 0) {
          out.add(l);
        }
      }
      return out;
    });
  }

  /** Any sharing bar of A.2.2.4. */
  public static Gen<Audits.SharingBar> bars() {
    return Generate.enumValues(Audits.SharingBar.class);
  }

  /** Any basis of an audit request (A.2.2, A.4.3.5). */
  public static Gen<Audits.AuditBasis> bases() {
    return Generate.enumValues(Audits.AuditBasis.class);
  }

  /** Any conductor. */
  public static Gen<Audits.Conductor> conductors() {
    return Generate.enumValues(Audits.Conductor.class);
  }
}
