package io.github.dpasemantics.examples.usecases;

import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.AgreementExpired;
import io.github.dpasemantics.model.event.DeletionRequested;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.policy.Decision;
import io.github.dpasemantics.policy.Deletion;
import io.github.dpasemantics.policy.Deletion.LegalRetention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * End-of-contract deletion (9.1, 9.2): when the Agreement ends and Customer asks for deletion, the
 * data team computes the due date, decides which data sets must go and which the law requires it
 * to keep, and checks the deletion job's completion date.
 *
 * <p>Run: {@code java -cp ... io.github.dpasemantics.examples.usecases.EndOfContractDeletion}.
 */
public final class EndOfContractDeletion {
  private EndOfContractDeletion() {}

  /**
   * Runs the example and returns the printed lines.
   *
   * @return the lines
   */
  public static List<String> run() {
    List<String> out = new ArrayList<>();
    // tag::example[]
    DpaTerms terms = DpaTerms.segment();
    // the end of the Agreement is an event of the timeline, like the request that follows it
    AgreementExpired expired = AgreementExpired.builder().id("expiry").date(LocalDate.of(2024, 1, 31)).actor(PartyKind.SEGMENT).build();
    DeletionRequested request = DeletionRequested.builder().id("request-1").date(LocalDate.of(2024, 2, 1)).build();

    Decision<Optional<LocalDate>> due = Deletion.deletionDue(List.of(expired, request), terms, Interpretations.defaults());
    LocalDate dueDay = due.getOutcome().orElseThrow();
    out.add("Agreement ended " + expired.getDate() + ", request " + request.getDate() + ": delete by " + dueDay);

    // a request made before the end, under the two readings of 9.1
    Optional<LocalDate> end = Optional.of(expired.getDate());
    LocalDate early = LocalDate.of(2023, 12, 15);
    out.add("early request " + early + ", default reading: due "
        + Lines.outcome(Deletion.deletionDue(early, end, terms, Interpretations.defaults()).getOutcome()));
    out.add("early request " + early + ", EARLY_DELETION_REQUEST_TRIGGERS_NOTHING: due "
        + Lines.outcome(Deletion.deletionDue(early, end, terms,
            Interpretations.of(Interpretation.EARLY_DELETION_REQUEST_TRIGGERS_NOTHING)).getOutcome()));

    Map<String, LegalRetention> dataSets = new LinkedHashMap<>();
    dataSets.put("event archive", LegalRetention.NONE);
    dataSets.put("invoices with contact names", LegalRetention.REQUIRED_BY_LAW);
    dataSets.put("support tickets", LegalRetention.PERMITTED_NOT_REQUIRED);
    dataSets.forEach((name, retention) -> {
      Decision<Boolean> delete = Deletion.deletionRequired(retention);
      out.add(name + ": delete? " + Lines.outcome(delete.getOutcome()));
      Lines.reasons(out, delete);
    });

    for (LocalDate completed : List.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 2))) {
      out.add("deletion completed " + completed + ": on time? "
          + Lines.outcome(Deletion.deletionOnTime(completed, dueDay).getOutcome()));
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
