package io.github.dpasemantics.examples.usecases;

import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.policy.Audits;
import io.github.dpasemantics.policy.Decision;
import io.github.dpasemantics.policy.fact.InformationNeed;
import io.github.dpasemantics.policy.fact.MaterialChangeConfirmation;
import io.github.dpasemantics.policy.fact.ReportCoverage;
import io.github.dpasemantics.policy.fact.ReportSufficiency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Audit requests (A.2.2.2): the compliance team tracks Customer's audit requests against "not more
 * than once per calendar year", decides whether a Third Party Report answers a request in lieu of
 * a written response, and so whether a written response is owed.
 *
 * <p>Run: {@code java -cp ... io.github.dpasemantics.examples.usecases.AuditRequests}.
 */
public final class AuditRequests {
  private AuditRequests() {}

  /**
   * Runs the example and returns the printed lines.
   *
   * @return the lines
   */
  public static List<String> run() {
    List<String> out = new ArrayList<>();
    // tag::example[]
    DpaTerms terms = DpaTerms.segment();
    Interpretations readings = Interpretations.defaults();
    List<LocalDate> conducted = new ArrayList<>();
    for (LocalDate request : List.of(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 15), LocalDate.of(2024, 5, 1))) {
      Decision<Boolean> allowed = Audits.auditAllowed(request, conducted, true, terms);
      out.add("audit request " + request + ": allowed? " + Lines.outcome(allowed.getOutcome()));
      if (allowed.isYes()) {
        conducted.add(request);
      }
    }

    // a request for information on 29 February 2024, answered with an ISO 27001 report
    LocalDate request = LocalDate.of(2024, 2, 29);
    for (LocalDate issued : List.of(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 2, 27))) {
      Decision<Boolean> suffices = Audits.thirdPartyReportSufficient(issued, request,
          ReportCoverage.ADDRESSES_REQUEST, MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED, terms, readings);
      Decision<Boolean> written = Audits.writtenResponseRequired(InformationNeed.NECESSARY_TO_CONFIRM_COMPLIANCE,
          ReportSufficiency.of(suffices.isYes()));
      out.add("report issued " + issued + " for request " + request + ": in lieu? " + Lines.outcome(suffices.getOutcome())
          + "; written response owed? " + Lines.outcome(written.getOutcome()));
      Lines.reasons(out, suffices);
    }
    // end::example[]
    return out;
  }

  /**
   * Prints the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Lines.print(run(), System.out);
  }
}
