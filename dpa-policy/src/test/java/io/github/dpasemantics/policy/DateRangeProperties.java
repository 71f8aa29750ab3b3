package io.github.dpasemantics.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.ExpeditedReason;
import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.policy.Audits.AuditBasis;
import io.github.dpasemantics.policy.fact.Form;
import io.github.dpasemantics.policy.fact.InformationNeed;
import io.github.dpasemantics.policy.fact.MaterialChangeConfirmation;
import io.github.dpasemantics.policy.fact.ReportCoverage;
import io.github.dpasemantics.policy.fact.ReportSufficiency;
import io.github.dpasemantics.policy.testing.EdgeDates;
import io.github.dpasemantics.policy.testing.PolicyInputs;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The entry points that compute a deadline from a date refuse a date outside 0001-01-01 to
 * 9999-12-31 with a message naming the method, the parameter, the value and the range, instead of
 * a {@code DateTimeException} from past {@link LocalDate#MIN} or {@link LocalDate#MAX}; and
 * accept every date inside it, up to the bounds.
 */
@DisplayName("entry points: dates outside 0001-01-01..9999-12-31 are refused by name, dates inside are computed with")
class DateRangeProperties {
  private static final DpaTerms TERMS = DpaTerms.segment();
  private static final Interpretations READINGS = Interpretations.defaults();
  private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

  /** One entry point and one of its date parameters. */
  private record Entry(String method, String param, Consumer<LocalDate> call) {}

  private static List<Entry> entries() {
    List<Entry> e = new ArrayList<>();
    e.add(new Entry("Audits.isAuditAllowed", "request", d -> Audits.isAuditAllowed(d, List.of(), true, TERMS)));
    e.add(new Entry("Audits.auditAllowed", "request",
        d -> Audits.auditAllowed(AuditBasis.DATA_PROTECTION_LAW, d, List.of(), true, TERMS)));
    e.add(new Entry("Audits.isReportRecent", "issued", d -> Audits.isReportRecent(d, DAY, TERMS, READINGS)));
    e.add(new Entry("Audits.isReportRecent", "request", d -> Audits.isReportRecent(DAY, d, TERMS, READINGS)));
    e.add(new Entry("Audits.isThirdPartyReportSufficient", "issued",
        d -> Audits.isThirdPartyReportSufficient(d, DAY, ReportCoverage.ADDRESSES_REQUEST, MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED, TERMS, READINGS)));
    e.add(new Entry("Audits.isThirdPartyReportSufficient", "request",
        d -> Audits.isThirdPartyReportSufficient(DAY, d, ReportCoverage.ADDRESSES_REQUEST, MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED, TERMS, READINGS)));
    e.add(new Entry("Audits.thirdPartyReportSufficient", "issued",
        d -> Audits.thirdPartyReportSufficient(d, DAY, ReportCoverage.ADDRESSES_REQUEST, MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED, TERMS, READINGS)));
    e.add(new Entry("Audits.thirdPartyReportSufficient", "request",
        d -> Audits.thirdPartyReportSufficient(DAY, d, ReportCoverage.ADDRESSES_REQUEST, MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED, TERMS, READINGS)));
    e.add(new Entry("Subprocessing.latestTimelyNoticeDate", "firstProcessing",
        d -> Subprocessing.latestTimelyNoticeDate(d, TERMS, READINGS)));
    e.add(new Entry("Subprocessing.latestTimelyNotice", "firstProcessing",
        d -> Subprocessing.latestTimelyNotice(d, TERMS, READINGS)));
    e.add(new Entry("Subprocessing.noticeTimingOf", "notice", d -> Subprocessing.noticeTimingOf(d, DAY, TERMS, READINGS)));
    e.add(new Entry("Subprocessing.noticeTimingOf", "firstProcessing",
        d -> Subprocessing.noticeTimingOf(DAY, d, TERMS, READINGS)));
    e.add(new Entry("Subprocessing.noticeTimingOf", "notice",
        d -> Subprocessing.noticeTimingOf(d, DAY, ExpeditedReason.PROTECT_INTEGRITY, TERMS, READINGS)));
    e.add(new Entry("Subprocessing.noticeTimingOf", "firstProcessing",
        d -> Subprocessing.noticeTimingOf(DAY, d, ExpeditedReason.PROTECT_INTEGRITY, TERMS, READINGS)));
    e.add(new Entry("Subprocessing.noticeTiming", "notice", d -> Subprocessing.noticeTiming(d, DAY, TERMS, READINGS)));
    e.add(new Entry("Subprocessing.noticeTiming", "firstProcessing",
        d -> Subprocessing.noticeTiming(DAY, d, TERMS, READINGS)));
    e.add(new Entry("Subprocessing.noticeTiming", "notice",
        d -> Subprocessing.noticeTiming(d, DAY, ExpeditedReason.PROTECT_INTEGRITY, TERMS, READINGS)));
    e.add(new Entry("Subprocessing.noticeTiming", "firstProcessing",
        d -> Subprocessing.noticeTiming(DAY, d, ExpeditedReason.PROTECT_INTEGRITY, TERMS, READINGS)));
    e.add(new Entry("Subprocessing.objectionDeadlineDate", "notice",
        d -> Subprocessing.objectionDeadlineDate(d, TERMS, READINGS)));
    e.add(new Entry("Subprocessing.objectionDeadline", "notice", d -> Subprocessing.objectionDeadline(d, TERMS, READINGS)));
    e.add(new Entry("Subprocessing.isObjectionTimely", "notice",
        d -> Subprocessing.isObjectionTimely(d, DAY, TERMS, READINGS)));
    e.add(new Entry("Subprocessing.isObjectionTimely", "objection",
        d -> Subprocessing.isObjectionTimely(DAY, d, TERMS, READINGS)));
    e.add(new Entry("Subprocessing.isObjectionAllowed", "notice",
        d -> Subprocessing.isObjectionAllowed(d, DAY, Form.IN_WRITING, ObjectionGrounds.REASONABLE_DATA_PROTECTION, TERMS, READINGS)));
    e.add(new Entry("Subprocessing.isObjectionAllowed", "objection",
        d -> Subprocessing.isObjectionAllowed(DAY, d, Form.IN_WRITING, ObjectionGrounds.REASONABLE_DATA_PROTECTION, TERMS, READINGS)));
    e.add(new Entry("Subprocessing.objectionAllowed", "notice",
        d -> Subprocessing.objectionAllowed(d, DAY, Form.IN_WRITING, ObjectionGrounds.REASONABLE_DATA_PROTECTION, TERMS, READINGS)));
    e.add(new Entry("Subprocessing.objectionAllowed", "objection",
        d -> Subprocessing.objectionAllowed(DAY, d, Form.IN_WRITING, ObjectionGrounds.REASONABLE_DATA_PROTECTION, TERMS, READINGS)));
    e.add(new Entry("Deletion.deletionDueDate", "request", d -> Deletion.deletionDueDate(d, Optional.of(DAY), TERMS, READINGS)));
    e.add(new Entry("Deletion.deletionDueDate", "agreementEnd", d -> Deletion.deletionDueDate(DAY, d == null ? null : Optional.of(d), TERMS, READINGS)));
    e.add(new Entry("Deletion.deletionDue", "request", d -> Deletion.deletionDue(d, Optional.of(DAY), TERMS, READINGS)));
    e.add(new Entry("Deletion.deletionDue", "agreementEnd", d -> Deletion.deletionDue(DAY, d == null ? null : Optional.of(d), TERMS, READINGS)));
    return e;
  }

  @Test
  @DisplayName("a date outside the range: IllegalArgumentException naming method, parameter, value and range")
  void outsideRefusedByName() {
    List<Entry> all = entries();
    qt().forAll(EdgeDates.outside()).checkAssert(d -> {
      for (Entry e : all) {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> e.call().accept(d),
            () -> e.method() + "(" + e.param() + " = " + d + ")");
        assertEquals(e.method() + ": " + e.param() + " = " + d + " is outside the dates a policy computes with, "
            + "0001-01-01 to 9999-12-31", x.getMessage());
      }
    });
  }

  @Test
  @DisplayName("a date inside the range, up to its bounds: computed with, no exception")
  void insideComputed() {
    List<Entry> all = entries();
    qt().forAll(EdgeDates.nearBounds()).checkAssert(d -> all.forEach(e -> e.call().accept(d)));
    for (Entry e : all) {
      e.call().accept(EdgeDates.FIRST);
      e.call().accept(EdgeDates.LAST);
    }
  }

  @Test
  @DisplayName("every public policy method with a date parameter: outside the range refused by name, near its bounds no DateTimeException")
  void everyDateTakingPolicy() {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Method m : NullMessagesProperties.policyMethods()) {
      Class<?>[] types = m.getParameterTypes();
      for (int i = 0; i < types.length; i++) {
        if (types[i] != LocalDate.class || m.getAnnotatedParameterTypes()[i].isAnnotationPresent(Nullable.class)) {
          continue;
        }
        checked++;
        int at = i;
        String owner = m.getDeclaringClass().getSimpleName() + "." + m.getName() + ": " + m.getParameters()[i].getName() + " = ";
        qt().withExamples(20).withShrinkCycles(0).forAll(PolicyInputs.arguments(m), EdgeDates.outside(), EdgeDates.nearBounds())
            .checkAssert((args, outside, near) -> {
              Object[] a = args.clone();
              a[at] = outside;
              Throwable t = thrown(m, a);
              if (!(t instanceof IllegalArgumentException) || t.getMessage() == null || !t.getMessage().startsWith(owner + outside)) {
                failures.add(m.toGenericString() + " with " + owner + outside + ": " + t);
              }
              a[at] = near;
              Throwable n = thrown(m, a);
              if (n instanceof DateTimeException || n instanceof ArithmeticException) {
                failures.add(m.toGenericString() + " with " + owner + near + ": " + n);
              }
            });
      }
    }
    assertTrue(checked > 70, "date parameters found: " + checked);
    assertEquals(List.of(), failures, () -> String.join("\n", failures));
  }

  /** What invoking the method throws, or null if it returns. */
  private static @Nullable Throwable thrown(Method m, Object[] args) {
    try {
      m.invoke(null, args);
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  @DisplayName("the instant form of isAuditAllowed: instants of the UTC days 0001-01-01 to 9999-12-31, then its day in the contract's zone")
  void instantBounds() {
    Instant last = Instant.parse("9999-12-31T23:59:59.999999999Z");
    Audits.isAuditAllowed(last, List.of(), true, TERMS);
    // the contract's day of 0001-01-01T00:00Z is still 0000-12-31 in Los Angeles: refused as that date
    Audits.isAuditAllowed(Instant.parse("0001-01-02T00:00:00Z"), List.of(), true, TERMS);
    assertEquals("Audits.isAuditAllowed: request = 0000-12-31 is outside the dates a policy computes with, 0001-01-01 to "
        + "9999-12-31", assertThrows(IllegalArgumentException.class, () -> Audits.isAuditAllowed(
            Instant.parse("0001-01-01T00:00:00Z"), List.of(), true, TERMS)).getMessage());
    IllegalArgumentException after = assertThrows(IllegalArgumentException.class,
        () -> Audits.isAuditAllowed(last.plusNanos(1), List.of(), true, TERMS));
    assertEquals("Audits.isAuditAllowed: request = +10000-01-01T00:00:00Z is outside the instants a policy computes "
        + "with, 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z", after.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Audits.isAuditAllowed(LocalDate.MAX.atStartOfDay(ZoneOffset.UTC)
        .toInstant(), List.of(), true, TERMS));
    assertThrows(IllegalArgumentException.class,
        () -> Audits.isAuditAllowed(Instant.parse("0001-01-01T00:00:00Z").minusNanos(1), List.of(), true, TERMS));
  }

  @Test
  @DisplayName("a null date names the called method's own parameter (Audits.isAuditAllowed(Instant) included)")
  void nullNamesOwnParameter() {
    NullPointerException x = assertThrows(NullPointerException.class,
        () -> Audits.isAuditAllowed((Instant) null, List.of(), true, TERMS));
    assertEquals("Audits.isAuditAllowed: request must not be null", x.getMessage());
    for (Entry e : entries()) {
      NullPointerException n = assertThrows(NullPointerException.class, () -> e.call().accept(null));
      assertEquals(true, n.getMessage().startsWith(e.method() + ": "), () -> e.method() + ": " + n.getMessage());
    }
  }
}
