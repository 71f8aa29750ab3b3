package io.github.dpasemantics.examples.usecases;

import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.ExpeditedReason;
import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.policy.Decision;
import io.github.dpasemantics.policy.Subprocessing.NoticeTiming;
import io.github.dpasemantics.policy.Subprocessing;
import io.github.dpasemantics.policy.fact.Form;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Subprocessor change management (6.3): a vendor-management team plans the onboarding of a new
 * Third Party Subprocessor, checks that its notice is timely, tells Customer until when it may
 * object, and checks the objections that arrive.
 *
 * <p>Run: {@code java -cp ... io.github.dpasemantics.examples.usecases.SubprocessorChangeManagement}.
 */
public final class SubprocessorChangeManagement {
  private SubprocessorChangeManagement() {}

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
    LocalDate firstProcessing = LocalDate.of(2024, 3, 11);

    Decision<LocalDate> latest = Subprocessing.latestTimelyNotice(firstProcessing, terms, readings);
    out.add("first processing " + firstProcessing + ": give notice by " + latest.getOutcome());

    // the Subprocessor Page is updated on 28 February, the Workspace message goes out on 1 March
    Decision<LocalDate> notice = Subprocessing.notice(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 1), readings);
    Decision<NoticeTiming> timing = Subprocessing.noticeTiming(notice.getOutcome(), firstProcessing, terms, readings);
    out.add("notice given on " + notice.getOutcome() + ": " + timing.getOutcome());

    Decision<LocalDate> deadline = Subprocessing.objectionDeadline(notice.getOutcome(), terms, readings);
    out.add("Customer may object until " + deadline.getOutcome());

    for (LocalDate objection : List.of(LocalDate.of(2024, 3, 6), LocalDate.of(2024, 3, 7))) {
      Decision<Boolean> allowed = Subprocessing.objectionAllowed(notice.getOutcome(), objection,
          Form.IN_WRITING, ObjectionGrounds.REASONABLE_DATA_PROTECTION, terms, readings);
      out.add("objection on " + objection + " triggers 6.3? " + Lines.outcome(allowed.getOutcome()));
      Lines.reasons(out, allowed);
    }

    // an emergency engagement to keep event storage available: notice one day ahead
    Decision<NoticeTiming> expedited = Subprocessing.noticeTiming(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 4),
        ExpeditedReason.PROTECT_AVAILABILITY, terms, readings);
    out.add("expedited engagement, notice 2024-06-03 for 2024-06-04: " + expedited.getOutcome());
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
