package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.ClauseCitations.citesCatalogue;
import static io.github.dpasemantics.policy.testing.DeletionGenerators.dates;
import static io.github.dpasemantics.policy.testing.DeletionGenerators.offsets;
import static io.github.dpasemantics.policy.testing.DeletionGenerators.readings;
import static io.github.dpasemantics.policy.testing.DeletionGenerators.retentions;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DeletionProperties {
  private static final DpaTerms SEGMENT = DpaTerms.segment();

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: the explained due date agrees with the bare one, cites the catalogue, and its window closes on it")
  void bareEqualsExplained() {
    qt().forAll(dates(), offsets(), readings()).check((end, o, r) -> {
      LocalDate request = end.plusDays(o);
      Decision<Optional<LocalDate>> d = Deletion.deletionDue(request, Optional.of(end), SEGMENT, r);
      Optional<LocalDate> due = Deletion.deletionDueDate(request, Optional.of(end), SEGMENT, r);
      return d.getOutcome().equals(due) && citesCatalogue(d)
          && d.getWindow().map(w -> w.getCloses()).equals(due);
    });
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: by default, deletion is due 60 days after the later of the request and the Agreement's end")
  void defaultRule() {
    qt().forAll(dates(), offsets()).check((end, o) -> {
      LocalDate request = end.plusDays(o);
      LocalDate effective = request.isBefore(end) ? end : request;
      return ChronoUnit.DAYS.between(effective,
          Deletion.deletionDueDate(request, Optional.of(end), SEGMENT, Interpretations.defaults()).orElseThrow()) == 60;
    });
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: a later request after the end never brings the due day forward")
  void monotonic() {
    qt().forAll(dates(), offsets(), offsets()).check((end, a, b) -> {
      LocalDate r1 = end.plusDays(Math.min(a, b));
      LocalDate r2 = end.plusDays(Math.max(a, b));
      Interpretations def = Interpretations.defaults();
      return !Deletion.deletionDueDate(r2, Optional.of(end), SEGMENT, def).orElseThrow()
          .isBefore(Deletion.deletionDueDate(r1, Optional.of(end), SEGMENT, def).orElseThrow());
    });
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: the 'triggers nothing' reading yields a due day only where the default yields the same one")
  void triggersNothingIsNarrower() {
    Interpretations nothing = Interpretations.of(Interpretation.EARLY_DELETION_REQUEST_TRIGGERS_NOTHING);
    qt().forAll(dates(), offsets()).check((end, o) -> {
      LocalDate request = end.plusDays(o);
      Optional<LocalDate> narrow = Deletion.deletionDueDate(request, Optional.of(end), SEGMENT, nothing);
      return narrow.isEmpty() == request.isBefore(end)
          && (narrow.isEmpty() || narrow.equals(Deletion.deletionDueDate(request, Optional.of(end), SEGMENT, Interpretations.defaults())));
    });
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: while the Agreement has not ended nothing is due, under every reading; once it ends, the request list form"
      + " agrees with the single-request form on each request")
  void notEndedMeansNothingDue() {
    qt().forAll(dates(), offsets(), readings()).check((end, o, r) -> {
      LocalDate request = end.plusDays(o);
      Decision<Optional<LocalDate>> open = Deletion.deletionDue(request, Optional.empty(), SEGMENT, r);
      return open.getOutcome().isEmpty() && open.getWindow().isEmpty() && citesCatalogue(open)
          && Deletion.deletionDueDate(request, Optional.empty(), SEGMENT, r).isEmpty()
          && Deletion.deletionDueDate(Optional.<LocalDate>empty(), java.util.List.of(request), SEGMENT, r).isEmpty()
          && Deletion.deletionDueDate(Optional.of(end), java.util.List.of(request), SEGMENT, r)
              .equals(Deletion.deletionDueDate(request, Optional.of(end), SEGMENT, r));
    });
  }

  @Test
  @Tag("clause-9.2")
  @DisplayName("9.2: deletion is required unless retention is required by law, and the explained form agrees")
  void retention() {
    qt().forAll(retentions()).check(r -> Deletion.deletionRequired(r).isYes() == Deletion.isDeletionRequired(r)
        && Deletion.isDeletionRequired(r) == (r != Deletion.LegalRetention.REQUIRED_BY_LAW)
        && citesCatalogue(Deletion.deletionRequired(r)));
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: deletion is on time exactly when completed on or before the due day")
  void onTime() {
    qt().forAll(dates(), offsets()).check((due, o) -> {
      LocalDate completed = due.plusDays(o);
      return Deletion.isDeletionOnTime(completed, due) == (o <= 0)
          && Deletion.deletionOnTime(completed, due).isYes() == (o <= 0)
          && citesCatalogue(Deletion.deletionOnTime(completed, due));
    });
  }
}
