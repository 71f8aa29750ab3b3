package io.github.dpasemantics.model.contract;

import io.github.dpasemantics.model.time.BusinessCalendar;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.immutables.value.Value;

/**
 * The numbers and fixed particulars of a DPA built like Segment's: notice, objection and
 * deletion periods, audit frequency, report recency, the zone its dates are counted in and the
 * addresses it names. These are the only place the contract's constants live (docs/legal-background.md,
 * "Terms are data"); {@link #segment()} is the canonical preset taken from the seed text, and
 * {@link #builder()} expresses another DPA of the same shape.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DpaTerms implements WithDpaTerms {
  private static final DpaTerms SEGMENT = builder().build();

  DpaTerms() {}

  /**
   * Returns the terms of the Segment Data Protection Addendum (seed text): 10-day advance
   * notice and 5-day objection window (6.3), 60-day deletion (9.1), one audit per calendar year
   * and 12-month report recency (A.2.2.2), privacy contact privacy@segment.com (A.2.1.2), zone
   * America/Los_Angeles (our reading: California law and San Francisco forum; see
   * docs/interpretations.md).
   *
   * @return the Segment preset
   */
  public static DpaTerms segment() {
    return SEGMENT;
  }

  /**
   * Returns a builder preset with the Segment values; set only what differs.
   *
   * <p>Required: none; optional: version, zone, subprocessorNoticeDays, objectionDays,
   * deletionDays, auditsPerCalendarYear, reportRecencyMonths, privacyContact, subprocessorPageUrl,
   * businessCalendar.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link DpaTerms}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableDpaTerms.Builder {
    Builder() {}
  }

  /**
   * A label for this version of the terms, e.g. {@code "segment-dpa-2020"}.
   *
   * @return the version label
   */
  @Value.Default
  @NotBlank
  public String getVersion() {
    return "segment-dpa-2020";
  }

  /**
   * The zone in which instants become contract dates and days end at 24:00.
   *
   * @return the zone
   */
  @Value.Default
  @NotNull
  public ZoneId getZone() {
    return ZoneId.of("America/Los_Angeles");
  }

  /**
   * 6.3: days of advance notice before a new Third Party Subprocessor processes Customer Personal Data.
   *
   * @return the number of calendar days
   */
  @Value.Default
  @Min(0)
  @Max(3650)
  public int getSubprocessorNoticeDays() {
    return 10;
  }

  /**
   * 6.3: days after notice within which Customer may object.
   *
   * @return the number of calendar days
   */
  @Value.Default
  @Min(0)
  @Max(3650)
  public int getObjectionDays() {
    return 5;
  }

  /**
   * 9.1: days after a post-termination request within which Segment deletes Customer Personal Data.
   *
   * @return the number of days
   */
  @Value.Default
  @Min(0)
  @Max(3650)
  public int getDeletionDays() {
    return 60;
  }

  /**
   * A.2.2.2: audits Customer may conduct per calendar year.
   *
   * @return the count
   */
  @Value.Default
  @Min(1)
  @Max(366)
  public int getAuditsPerCalendarYear() {
    return 1;
  }

  /**
   * A.2.2.2: months before a request within which a Third Party Report must be issued.
   *
   * @return the number of months
   */
  @Value.Default
  @Min(0)
  @Max(120)
  public int getReportRecencyMonths() {
    return 12;
  }

  /**
   * A.2.1.2: the address Customer's employees use for requests about Usage Data.
   *
   * @return the e-mail address
   */
  @Value.Default
  @NotBlank
  @Email
  public String getPrivacyContact() {
    return "privacy@segment.com";
  }

  /**
   * 6.2: the Subprocessor Page.
   *
   * @return its address
   */
  @Value.Default
  @NotBlank
  public String getSubprocessorPageUrl() {
    return "https://segment.com/docs/legal/subprocessors/";
  }

  /**
   * The business-day calendar used only under
   * {@link Interpretation#ROLL_FORWARD_TO_BUSINESS_DAY}; weekends only unless the caller adds
   * holidays.
   *
   * @return the calendar
   */
  @Value.Default
  @NotNull
  public BusinessCalendar getBusinessCalendar() {
    return BusinessCalendar.weekendsOnly();
  }

  /**
   * Refuses, at build time, numbers no contract can hold: a negative count of days, months or
   * audits. Zero stays buildable ("within 0 days after" and "at least 0 days before" name the
   * event's own day; a 0-month report period holds only the request day); zero audits a year and
   * the upper bounds are Jakarta constraints that a caller may collect and report with the rest.
   *
   * @throws IllegalStateException naming the type, the field, the value and the rule
   */
  @Value.Check
  protected void check() {
    notNegative("subprocessorNoticeDays", getSubprocessorNoticeDays(), "calendar days of advance notice (6.3)");
    notNegative("objectionDays", getObjectionDays(), "calendar days to object after notice (6.3)");
    notNegative("deletionDays", getDeletionDays(), "days to delete after a request (9.1)");
    notNegative("auditsPerCalendarYear", getAuditsPerCalendarYear(), "audits per calendar year (A.2.2.2)");
    notNegative("reportRecencyMonths", getReportRecencyMonths(), "months of Third Party Report recency (A.2.2.2)");
  }

  private static void notNegative(String field, int value, String what) {
    if (value < 0) {
      throw new IllegalStateException("DpaTerms." + field + " = " + value + ": must not be negative (a count of " + what + ")");
    }
  }

  /**
   * Returns the number of days a day-counted term holds.
   *
   * @param term a {@link TermKey.Unit#DAYS} term
   * @return the days
   * @throws IllegalArgumentException if {@code term} is not counted in days
   */
  public final int days(TermKey term) {
    switch (term) {
      case SUBPROCESSOR_NOTICE_DAYS:
        return getSubprocessorNoticeDays();
      case OBJECTION_DAYS:
        return getObjectionDays();
      case DELETION_DAYS:
        return getDeletionDays();
      default:
        throw new IllegalArgumentException("DpaTerms.days: " + term + " is counted in " + term.unit() + ", not days");
    }
  }

  /**
   * Returns the number of months a month-counted term holds.
   *
   * @param term a {@link TermKey.Unit#MONTHS} term
   * @return the months
   * @throws IllegalArgumentException if {@code term} is not counted in months
   */
  public final int months(TermKey term) {
    if (term == TermKey.REPORT_RECENCY_MONTHS) {
      return getReportRecencyMonths();
    }
    throw new IllegalArgumentException("DpaTerms.months: " + term + " is counted in " + term.unit() + ", not months");
  }

  /**
   * Returns the value of any term, in its own unit.
   *
   * @param term the term
   * @return its value
   */
  public final int get(TermKey term) {
    switch (term.unit()) {
      case DAYS:
        return days(term);
      case MONTHS:
        return months(term);
      default:
        return getAuditsPerCalendarYear();
    }
  }
}
