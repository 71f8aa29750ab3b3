package io.github.dpasemantics.bench.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.bench.Inputs;
import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.model.event.SecurityEffect;
import io.github.dpasemantics.model.event.SecurityEventNature;
import io.github.dpasemantics.policy.fact.Form;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The Drools baseline answers as dpa-policy does, on generated inputs and on the boundary rows. */
class DroolsAgreementTest {
  private static DroolsBaseline drools;

  @BeforeAll
  static void build() {
    drools = DroolsBaseline.build();
  }

  @AfterAll
  static void close() {
    drools.close();
  }

  @Test
  @Tag("clause-2.9")
  @Tag("clause-6.3")
  @Tag("clause-9.1")
  @DisplayName("2.9, 6.3, 9.1: Drools stateful and stateless agree with dpa-policy on 3 x 3 x 5,000 generated inputs")
  void agreesOnGeneratedInputs() {
    for (long seed : new long[] {1, 29, 20_260_101L}) {
      DroolsAgreement.Report r = DroolsAgreement.check(drools, seed, 5_000);
      assertEquals(15_000, r.checked());
      // the inputs exercise both answers of every rule, or agreement would prove little
      assertTrue(r.incidents() > 1_000 && r.incidents() < 4_000, () -> "incidents: " + r);
      assertTrue(r.objectionsAllowed() > 500 && r.objectionsAllowed() < 4_500, () -> "objections allowed: " + r);
      assertTrue(r.earlyDeletionRequests() > 500 && r.earlyDeletionRequests() < 4_500, () -> "early requests: " + r);
    }
    assertEquals(0, drools.statefulFactCount());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: in Drools an objection on the notice day and on the fifth day after is allowed; the day before notice and the sixth day are not")
  void objectionBoundaryRows() {
    LocalDate notice = LocalDate.of(2024, 3, 1);
    assertFalse(drools.objectionStateful(objection(notice, notice.minusDays(1), Form.IN_WRITING)));
    assertTrue(drools.objectionStateful(objection(notice, notice, Form.IN_WRITING)));
    assertTrue(drools.objectionStateful(objection(notice, notice.plusDays(1), Form.IN_WRITING)));
    assertTrue(drools.objectionStateful(objection(notice, notice.plusDays(5), Form.IN_WRITING)));
    assertFalse(drools.objectionStateful(objection(notice, notice.plusDays(6), Form.IN_WRITING)));
    assertFalse(drools.objectionStateless(objection(notice, notice.plusDays(6), Form.IN_WRITING)));
    assertFalse(drools.objectionStateless(objection(notice, notice.plusDays(2), Form.NOT_IN_WRITING)));
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: in Drools a request the day before, on and after the Agreement's end is due 60 days after the later of the two")
  void deletionBoundaryRows() {
    LocalDate end = LocalDate.of(2024, 1, 31);
    assertEquals(end.plusDays(60), drools.deletionStateful(new DeletionFact(new Inputs.Deletion(end.minusDays(1), end))));
    assertEquals(end.plusDays(60), drools.deletionStateful(new DeletionFact(new Inputs.Deletion(end, end))));
    assertEquals(end.plusDays(61), drools.deletionStateful(new DeletionFact(new Inputs.Deletion(end.plusDays(1), end))));
    assertEquals(end.plusDays(61), drools.deletionStateless(new DeletionFact(new Inputs.Deletion(end.plusDays(1), end))));
  }

  @Test
  @Tag("clause-2.9")
  @DisplayName("2.9: in Drools a confirmed breach with no effect on the data (a port scan) is not a Security Incident")
  void incidentRows() {
    Set<SecurityEffect> none = EnumSet.noneOf(SecurityEffect.class);
    Set<SecurityEffect> access = EnumSet.of(SecurityEffect.UNAUTHORIZED_ACCESS);
    assertFalse(drools.incidentStateful(new IncidentFact(new Inputs.Incident(true, true, none, true, SecurityEventNature.PORT_SCAN))));
    assertTrue(drools.incidentStateful(new IncidentFact(new Inputs.Incident(true, true, access, true, SecurityEventNature.OTHER))));
    assertFalse(drools.incidentStateless(new IncidentFact(new Inputs.Incident(false, true, access, true, SecurityEventNature.OTHER))));
  }

  private static ObjectionFact objection(LocalDate notice, LocalDate day, Form form) {
    return new ObjectionFact(new Inputs.Objection(notice, day, form, ObjectionGrounds.REASONABLE_DATA_PROTECTION));
  }
}
