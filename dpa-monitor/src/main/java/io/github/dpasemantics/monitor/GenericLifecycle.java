package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.event.AuditReportGenerated;
import io.github.dpasemantics.model.event.AuditReportShared;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.EventType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The generic path of the lifecycle: the steps a norm's {@link LifecycleTable.Row} declares,
 * applied the same way for every obligation that needs nothing special. An event creates an
 * instance of the rows whose {@code triggers} contain its type, and performs the open instance of
 * the row whose {@code fulfilling} contains it and whose bearer is the event's actor (who performs
 * a duty is the party that bears it: 8 and A.2.1.2 share {@code DataSubjectRequestRouted}, Segment
 * advising the Data Subject, Customer informing Segment). The instance is the one of the event's
 * subject ({@link #subject}).
 *
 * <p>What the text makes special stays in the family files, which call {@link #create} once its
 * conditions hold: the classification of a request (8, A.2.1.2), assistance only where
 * self-service does not suffice (8), the once-a-year audit and the report in lieu (A.2.2.2), the
 * auditor objection right (A.2.2.3), the reports of an audit (A.2.2.4), the SCC-only duties
 * (A.4.3.4, A.4.3.7, via {@code Transfers}), which security events are Security Incidents of this
 * Customer (2.9, 7.3) and the pauses of a notice (7.3's delay grounds, a law's prohibition under
 * 7.3, A.1.4, A.2.2.4); the Subprocessor and deletion duties (6.1.1, 6.3, 9.1) and the act-by-act
 * check of 7.2 keep their own paths.
 *
 * <p>The words of each step come from {@link #WORDING}: one reason code for the duty owed, one
 * for the duty performed, one for an event about a matter never opened, each citing the kind's
 * own clause. A duty with a subject is
 * explained with its subject and the event's date, one without by the date alone.
 */
final class GenericLifecycle {

  /**
   * What the monitor says of one kind's steps. Each reason cites the kind's own clause, or, for a
   * reason shared by several kinds ({@link MonitorCode#citesItsObligation()}), is given the kind's
   * clause when it is used: checked when the table is built, so no kind's reason cites another's.
   *
   * @param owed the reason an instance is created
   * @param performed the reason it is performed
   * @param unknown the reason a performing event matches no instance
   */
  record Wording(MonitorCode owed, MonitorCode performed, MonitorCode unknown) {}

  /** The kinds the generic path creates (once their conditions hold) and performs, with their words. */
  static final Map<ObligationKind, Wording> WORDING = wording();

  private static Map<ObligationKind, Wording> wording() {
    Map<ObligationKind, Wording> m = new EnumMap<>(ObligationKind.class);
    words(m, ObligationKind.INCIDENT_NOTICE, MonitorCode.INCIDENT_NOTICE_OWED, MonitorCode.INCIDENT_NOTIFIED,
        MonitorCode.INCIDENT_UNKNOWN);
    words(m, ObligationKind.DATA_SUBJECT_ROUTING, MonitorCode.DATA_SUBJECT_REQUEST_ROUTING, MonitorCode.DATA_SUBJECT_ADVISED,
        MonitorCode.REQUEST_UNKNOWN);
    words(m, ObligationKind.USAGE_DATA_REQUEST_REFERRAL, MonitorCode.USAGE_DATA_REFERRAL_OWED, MonitorCode.USAGE_DATA_REFERRED,
        MonitorCode.REQUEST_UNKNOWN);
    words(m, ObligationKind.DATA_SUBJECT_ASSISTANCE, MonitorCode.ASSISTANCE_OWED, MonitorCode.ASSISTANCE_PROVIDED,
        MonitorCode.REQUEST_UNKNOWN);
    words(m, ObligationKind.LEGAL_REQUIREMENT_NOTICE, MonitorCode.DEVIATION_NOTICE_OWED, MonitorCode.DEVIATION_NOTIFIED,
        MonitorCode.NOTHING_TO_MATCH);
    words(m, ObligationKind.AUDIT_RESPONSE, MonitorCode.AUDIT_REQUEST_ACCEPTED, MonitorCode.AUDIT_RESPONDED,
        MonitorCode.AUDIT_UNKNOWN);
    words(m, ObligationKind.NON_COMPLIANCE_NOTICE, MonitorCode.NON_COMPLIANCE_NOTICE_OWED, MonitorCode.NON_COMPLIANCE_NOTIFIED,
        MonitorCode.NON_COMPLIANCE_UNKNOWN);
    words(m, ObligationKind.AUDIT_REPORT_SHARING, MonitorCode.AUDIT_REPORT_OWED, MonitorCode.AUDIT_REPORT_SHARED,
        MonitorCode.AUDIT_REPORT_UNKNOWN);
    words(m, ObligationKind.AUDIT_REIMBURSEMENT, MonitorCode.REIMBURSEMENT_OWED, MonitorCode.REIMBURSED,
        MonitorCode.REIMBURSEMENT_UNKNOWN);
    words(m, ObligationKind.PRIVACY_SHIELD_NOTICE, MonitorCode.PRIVACY_SHIELD_NOTICE_OWED, MonitorCode.PRIVACY_SHIELD_INFORMED,
        MonitorCode.NOTHING_TO_MATCH);
    words(m, ObligationKind.SUBPROCESSOR_AGREEMENT_COPIES, MonitorCode.COPIES_OWED, MonitorCode.COPIES_PROVIDED,
        MonitorCode.REQUEST_UNKNOWN);
    words(m, ObligationKind.DELETION_CERTIFICATION, MonitorCode.CERTIFICATION_OWED, MonitorCode.CERTIFIED,
        MonitorCode.NOTHING_TO_MATCH);
    return m;
  }

  /** Adds {@code kind}'s words, each of which must cite {@code kind}'s clause (its own, or given from the kind). */
  private static void words(Map<ObligationKind, Wording> m, ObligationKind kind, MonitorCode owed, MonitorCode performed,
      MonitorCode unknown) {
    for (MonitorCode c : List.of(owed, performed, unknown)) {
      if (!c.citesItsObligation() && !c.clause().equals(kind.getClause())) {
        throw new IllegalStateException("GenericLifecycle: " + kind + " (" + kind.getClause() + ") would be explained by "
            + c + ", which cites " + c.clause());
      }
    }
    m.put(kind, new Wording(owed, performed, unknown));
  }

  /**
   * For each event type, the rows whose {@code triggers} contain it. Only the events of generic
   * duties are handed to this path, and their rows are all generic ({@code GenericLifecycleTest}).
   */
  private static final Map<EventType, List<LifecycleTable.Row>> TRIGGERED = index(true);
  /** For each event type, the rows whose {@code fulfilling} contains it. */
  private static final Map<EventType, List<LifecycleTable.Row>> FULFILLED = index(false);

  private static Map<EventType, List<LifecycleTable.Row>> index(boolean triggers) {
    Map<EventType, List<LifecycleTable.Row>> m = new EnumMap<>(EventType.class);
    for (LifecycleTable.Row r : LifecycleTable.segmentDpa().rows()) {
      for (EventType t : triggers ? r.triggers() : r.fulfilling()) {
        m.computeIfAbsent(t, x -> new ArrayList<>(1)).add(r);
      }
    }
    return m;
  }

  private final Engine engine;

  GenericLifecycle(Engine engine) {
    this.engine = engine;
  }

  /**
   * The subject an event concerns, which tells the instances of one kind apart: its matter id
   * (the incident, request, audit, requirement), or none (A.4.2, A.4.3.7: one duty at a time). A.2.2.4 owes
   * each audit report on its own, so its subject is the report, not the audit.
   *
   * @param kind the obligation
   * @param e the event
   * @return the subject, or null for none
   */
  static @Nullable String subject(ObligationKind kind, DpaEvent e) {
    if (kind == ObligationKind.AUDIT_REPORT_SHARING) {
      return e instanceof AuditReportShared s ? s.getReportId() : ((AuditReportGenerated) e).getReportId();
    }
    return e.getMatterId().orElse(null);
  }

  private static Object[] subjectAndDate(@Nullable String subject, DpaEvent e) {
    return subject == null ? new Object[] {e.getDate()} : new Object[] {subject, e.getDate()};
  }

  /**
   * Creates an instance of every generic row the event triggers, if a new duty may arise on its
   * date (1, 3.4, 9.2: {@link Engine#mayCreate}); for the norms whose conditions the text does not
   * make special beyond that (A.2.2.4 non-compliance, A.2.2.5 reimbursement, A.4.2 once Annex A applies).
   *
   * @param e the event
   * @return the account
   */
  AccountBuilder trigger(DpaEvent e) {
    if (!engine.mayCreate(e)) {
      return engine.account;
    }
    for (LifecycleTable.Row r : TRIGGERED.getOrDefault(e.getType(), List.of())) {
      create(r.kind(), e);
    }
    return engine.account;
  }

  /**
   * Creates an active instance of {@code kind} for the event's subject, explained by the kind's
   * {@link Wording#owed} with the subject and the date; the caller has checked its conditions.
   *
   * @param kind the obligation
   * @param e the triggering event
   * @return the instance
   */
  WorkingObligation create(ObligationKind kind, DpaEvent e) {
    return create(kind, e, subjectAndDate(subject(kind, e), e));
  }

  /**
   * As {@link #create(ObligationKind, DpaEvent)}, explained with {@code args} instead of the
   * subject and the date.
   *
   * @param kind the obligation
   * @param e the triggering event
   * @param args the reason's arguments
   * @return the instance
   */
  WorkingObligation create(ObligationKind kind, DpaEvent e, Object... args) {
    return engine.create(kind, subject(kind, e), e, ObligationState.ACTIVE, wordingOf(kind).owed(), args);
  }

  /**
   * Performs the open instance of the generic row whose {@code fulfilling} contains the event's
   * type and whose bearer is the event's actor, matched by subject: fulfilled, or performed late
   * if its due date has passed ({@link Engine#fulfil}).
   *
   * @param e the event
   * @return the account
   */
  AccountBuilder perform(DpaEvent e) {
    ObligationKind kind = performedKind(e);
    String subject = subject(kind, e);
    Wording w = wordingOf(kind);
    WorkingObligation open = engine.find(kind, subject, e.getDate());
    if (open == null) {
      // named by its own subject (A.2.2.4: the report, not the audit), citing its kind's clause
      return engine.unmatchedAbout(kind, w.unknown(), subject == null ? "-" : subject);
    }
    return engine.fulfil(kind, open, e, w.unknown(), w.performed(), subjectAndDate(subject, e));
  }

  private static ObligationKind performedKind(DpaEvent e) {
    for (LifecycleTable.Row r : FULFILLED.getOrDefault(e.getType(), List.of())) {
      if (r.kind().getBearer() == e.getActor()) {
        return r.kind();
      }
    }
    throw new IllegalStateException("GenericLifecycle: no generic duty of " + e.getActor() + " is performed by " + e.getType());
  }

  private static Wording wordingOf(ObligationKind kind) {
    return Objects.requireNonNull(WORDING.get(kind), () -> "GenericLifecycle: " + kind + " has no generic path");
  }
}
