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
 * for the duty performed, one for an event about a matter never opened. A duty with a subject is
 * explained with its subject and the event's date, one without by the date alone.
 */
final class GenericLifecycle {

  /**
   * What the monitor says of one kind's steps.
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
    m.put(ObligationKind.INCIDENT_NOTICE,
        new Wording(MonitorCode.INCIDENT_NOTICE_OWED, MonitorCode.INCIDENT_NOTIFIED, MonitorCode.INCIDENT_UNKNOWN));
    m.put(ObligationKind.DATA_SUBJECT_ROUTING,
        new Wording(MonitorCode.DATA_SUBJECT_REQUEST_ROUTING, MonitorCode.DATA_SUBJECT_ADVISED, MonitorCode.REQUEST_UNKNOWN));
    m.put(ObligationKind.USAGE_DATA_REQUEST_REFERRAL,
        new Wording(MonitorCode.USAGE_DATA_REFERRAL_OWED, MonitorCode.USAGE_DATA_REFERRED, MonitorCode.REQUEST_UNKNOWN));
    m.put(ObligationKind.DATA_SUBJECT_ASSISTANCE,
        new Wording(MonitorCode.ASSISTANCE_OWED, MonitorCode.ASSISTANCE_PROVIDED, MonitorCode.REQUEST_UNKNOWN));
    m.put(ObligationKind.LEGAL_REQUIREMENT_NOTICE,
        new Wording(MonitorCode.DEVIATION_NOTICE_OWED, MonitorCode.DEVIATION_NOTIFIED, MonitorCode.NOTHING_TO_MATCH));
    m.put(ObligationKind.AUDIT_RESPONSE,
        new Wording(MonitorCode.AUDIT_REQUEST_ACCEPTED, MonitorCode.AUDIT_RESPONDED, MonitorCode.AUDIT_UNKNOWN));
    m.put(ObligationKind.NON_COMPLIANCE_NOTICE,
        new Wording(MonitorCode.NON_COMPLIANCE_NOTICE_OWED, MonitorCode.NON_COMPLIANCE_NOTIFIED, MonitorCode.AUDIT_UNKNOWN));
    m.put(ObligationKind.AUDIT_REPORT_SHARING,
        new Wording(MonitorCode.AUDIT_REPORT_OWED, MonitorCode.AUDIT_REPORT_SHARED, MonitorCode.AUDIT_UNKNOWN));
    m.put(ObligationKind.AUDIT_REIMBURSEMENT,
        new Wording(MonitorCode.REIMBURSEMENT_OWED, MonitorCode.REIMBURSED, MonitorCode.AUDIT_UNKNOWN));
    m.put(ObligationKind.PRIVACY_SHIELD_NOTICE,
        new Wording(MonitorCode.PRIVACY_SHIELD_NOTICE_OWED, MonitorCode.PRIVACY_SHIELD_INFORMED, MonitorCode.NOTHING_TO_MATCH));
    m.put(ObligationKind.SUBPROCESSOR_AGREEMENT_COPIES,
        new Wording(MonitorCode.COPIES_OWED, MonitorCode.COPIES_PROVIDED, MonitorCode.REQUEST_UNKNOWN));
    m.put(ObligationKind.DELETION_CERTIFICATION,
        new Wording(MonitorCode.CERTIFICATION_OWED, MonitorCode.CERTIFIED, MonitorCode.NOTHING_TO_MATCH));
    return m;
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
    return engine.fulfil(engine.find(kind, subject, e.getDate()), e, w.unknown(), w.performed(), subjectAndDate(subject, e));
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
