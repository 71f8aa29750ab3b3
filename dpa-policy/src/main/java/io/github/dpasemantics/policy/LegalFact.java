package io.github.dpasemantics.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One dated fact of outside law that changes what a clause of the Addendum means: a court
 * judgment, an adequacy decision, a transfer framework, a milestone of the Standard Contractual
 * Clauses or a statute becoming operative, with the day from which it holds, optionally the day
 * from which it no longer holds, and its source (CELEX number, case number, Official Journal or
 * other reference).
 *
 * <p>A fact is in effect on a day {@code d} iff {@code effective <= d} and, where it has an end,
 * {@code d < ends} (the end day is the first day it no longer holds). A fact whose date or
 * reference was not checked against the primary source is marked {@link #isVerified() unverified}
 * and says what is unsure in its {@link #getSource() source}.
 *
 * <pre>{@code
 * LegalFact brazil = LegalFact.builder("adequacy-br", LegalFact.Kind.ADEQUACY, LocalDate.of(2026, 1, 1))
 *     .law(LegalFacts.Law.EU).jurisdiction("BR")
 *     .description("adequacy decision for Brazil").source("Commission Implementing Decision ...")
 *     .build();
 * LegalFacts facts = LegalFacts.current().withFact(brazil);
 * facts.find("adequacy-br").isPresent();   // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LegalFact {
  /** The pattern a fact id must match: lower-case letters, digits and single hyphens. */
  public static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

  private static final Pattern ID = Pattern.compile(ID_PATTERN);
  private static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2,3}");

  /** What kind of outside-law fact this is; the queries of {@link LegalFacts} read facts by kind. */
  public enum Kind {
    /**
     * A finding, by the {@link LegalFacts.Law law} of the fact, that a jurisdiction (a country or an
     * international organisation) ensures adequate protection (GDPR Art. 45; its UK and Swiss
     * counterparts), possibly only for organisations certified under a framework.
     */
    ADEQUACY,
    /** A period in which the law treats transfers to a jurisdiction as if it were not a third country (e.g. the UK transition). */
    TRANSITION,
    /** A Privacy Shield framework (EU–US or Swiss–US) while it was a basis for transfers to certified US organisations. */
    PRIVACY_SHIELD,
    /** A milestone of the Standard Contractual Clauses (adoption, replacement, end of transition). */
    SCC_MILESTONE,
    /** A judgment of a court. */
    COURT_DECISION,
    /** A statement of a supervisory authority. */
    REGULATOR_STATEMENT,
    /** A statute or its amendment becoming operative. */
    STATUTE
  }

  private final String id;
  private final Kind kind;
  private final LegalFacts.Law law;
  private final LocalDate effective;
  private final @Nullable LocalDate ends;
  private final @Nullable String jurisdiction;
  private final boolean certifiedOnly;
  private final String description;
  private final String source;
  private final boolean verified;

  private LegalFact(Builder b, LocalDate effective) {
    this.id = b.id;
    this.kind = b.kind;
    this.law = b.law;
    this.effective = effective;
    this.ends = b.ends;
    this.jurisdiction = b.jurisdiction;
    this.certifiedOnly = b.certifiedOnly;
    this.description = b.description;
    this.source = b.source;
    this.verified = b.verified;
  }

  /**
   * Returns a builder for a fact with the given id, kind and effective date. The law defaults to
   * {@link LegalFacts.Law#EU}; the fact is verified unless {@link Builder#unverified()} is called.
   *
   * @param id the stable id, matching {@link #ID_PATTERN}; a table holds one fact per id
   * @param kind the kind
   * @param effective the first day the fact holds
   * @return a builder
   * @throws IllegalArgumentException if the id does not match {@link #ID_PATTERN}
   */
  public static Builder builder(String id, Kind kind, LocalDate effective) {
    return new Builder(id, kind, effective);
  }

  /**
   * Returns a builder holding this fact's values, to change some of them.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, kind, effective).law(law).certifiedOnly(certifiedOnly)
        .description(description).source(source);
    b.ends = ends;
    b.jurisdiction = jurisdiction;
    b.verified = verified;
    return b;
  }

  /**
   * Returns a copy of this fact that stops holding from the given day (for example an adequacy
   * decision annulled by a court).
   *
   * @param endDay the first day the fact no longer holds, after the effective date
   * @return the changed copy
   * @throws IllegalArgumentException if {@code endDay} is not after the effective date
   */
  public LegalFact withEnds(LocalDate endDay) {
    return toBuilder().ends(endDay).build();
  }

  /**
   * Returns the stable id, e.g. {@code "adequacy-eu-us-dpf"}.
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * Returns whose law this fact belongs to (the EU for Commission decisions and the CJEU, the UK,
   * Switzerland, California).
   *
   * @return the law
   */
  public LegalFacts.Law getLaw() {
    return law;
  }

  /**
   * Returns the first day the fact holds.
   *
   * @return the effective date
   */
  public LocalDate getEffective() {
    return effective;
  }

  /**
   * Returns the first day the fact no longer holds, if it has ended.
   *
   * @return the end day, or empty while it holds
   */
  public Optional<LocalDate> getEnds() {
    return Optional.ofNullable(ends);
  }

  /**
   * Returns the jurisdiction the fact is about: an ISO 3166-1 alpha-2 code ({@code "JP"}) or a
   * short upper-case name of an international organisation ({@code "EPO"}).
   *
   * @return the jurisdiction, or empty for facts about no jurisdiction
   */
  public Optional<String> getJurisdiction() {
    return Optional.ofNullable(jurisdiction);
  }

  /**
   * Tells whether the fact covers only organisations certified under a framework (the Privacy
   * Shield, the Data Privacy Framework).
   *
   * @return true for certified organisations only
   */
  public boolean isCertifiedOnly() {
    return certifiedOnly;
  }

  /**
   * Returns what the fact is, in words.
   *
   * @return the description
   */
  public String getDescription() {
    return description;
  }

  /**
   * Returns where the fact comes from: CELEX number, case number, Official Journal reference or
   * other citation, with a note of anything not verified.
   *
   * @return the source
   */
  public String getSource() {
    return source;
  }

  /**
   * Tells whether the date and reference were checked against the primary source.
   *
   * @return false where the source says what is unsure
   */
  public boolean isVerified() {
    return verified;
  }

  /**
   * Tells whether the fact holds on the given day: {@code effective <= day < ends}.
   *
   * @param day the day
   * @return true if in effect
   */
  public boolean isInEffectOn(LocalDate day) {
    return !day.isBefore(effective) && (ends == null || day.isBefore(ends));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof LegalFact f)) {
      return false;
    }
    return id.equals(f.id) && kind == f.kind && law == f.law && effective.equals(f.effective)
        && Objects.equals(ends, f.ends) && Objects.equals(jurisdiction, f.jurisdiction)
        && certifiedOnly == f.certifiedOnly && description.equals(f.description)
        && source.equals(f.source) && verified == f.verified;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, kind, law, effective, ends, jurisdiction, certifiedOnly, description, source, verified);
  }

  /**
   * Returns the fact as a citation: description, dates and source, e.g. "EU–US Data Privacy
   * Framework adequacy, certified organisations only (from 2023-07-10; Commission Implementing
   * Decision (EU) 2023/1795, CELEX 32023D1795)".
   *
   * @return the citation
   */
  @Override
  public String toString() {
    return description + " (from " + effective + (ends == null ? "" : " until " + ends)
        + "; " + source + (verified ? "" : "; UNVERIFIED") + ")";
  }

  /** Builds a {@link LegalFact}. Not thread-safe; use once. */
  public static final class Builder {
    private final String id;
    private final Kind kind;
    private final LocalDate effective;
    private LegalFacts.Law law = LegalFacts.Law.EU;
    private @Nullable LocalDate ends;
    private @Nullable String jurisdiction;
    private boolean certifiedOnly;
    private String description = "";
    private String source = "";
    private boolean verified = true;

    private Builder(String id, Kind kind, LocalDate effective) {
      Objects.requireNonNull(id, "LegalFact.id must not be null");
      if (!ID.matcher(id).matches()) {
        throw new IllegalArgumentException(
            "LegalFact.id = '" + id + "': must match " + ID_PATTERN + " (lower-case letters, digits, single hyphens)");
      }
      this.id = id;
      this.kind = Objects.requireNonNull(kind, "LegalFact.kind must not be null");
      this.effective = Objects.requireNonNull(effective, "LegalFact.effective must not be null");
    }

    /**
     * Sets whose law the fact belongs to.
     *
     * @param value the law
     * @return this builder
     */
    public Builder law(LegalFacts.Law value) {
      this.law = Objects.requireNonNull(value, "LegalFact.law must not be null");
      return this;
    }

    /**
     * Sets the first day the fact no longer holds.
     *
     * @param value the end day, after the effective date
     * @return this builder
     */
    public Builder ends(LocalDate value) {
      this.ends = Objects.requireNonNull(value, "LegalFact.ends must not be null");
      return this;
    }

    /**
     * Sets the jurisdiction the fact is about.
     *
     * @param value an ISO 3166-1 alpha-2 code or a short upper-case organisation name (2–3 letters)
     * @return this builder
     */
    public Builder jurisdiction(String value) {
      Objects.requireNonNull(value, "LegalFact.jurisdiction must not be null");
      if (!JURISDICTION.matcher(value).matches()) {
        throw new IllegalArgumentException("LegalFact.jurisdiction = '" + value
            + "' of fact " + id + ": must be 2 or 3 upper-case letters (ISO 3166-1 alpha-2, or e.g. EPO)");
      }
      this.jurisdiction = value;
      return this;
    }

    /**
     * Sets whether the fact covers only certified organisations.
     *
     * @param value true for certified organisations only
     * @return this builder
     */
    public Builder certifiedOnly(boolean value) {
      this.certifiedOnly = value;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param value what the fact is, not blank
     * @return this builder
     */
    public Builder description(String value) {
      this.description = Objects.requireNonNull(value, "LegalFact.description must not be null");
      return this;
    }

    /**
     * Sets the source.
     *
     * @param value the citation, not blank
     * @return this builder
     */
    public Builder source(String value) {
      this.source = Objects.requireNonNull(value, "LegalFact.source must not be null");
      return this;
    }

    /**
     * Marks the fact as not verified against its primary source (say what is unsure in the source).
     *
     * @return this builder
     */
    public Builder unverified() {
      this.verified = false;
      return this;
    }

    /**
     * Builds the fact.
     *
     * @return the fact
     * @throws IllegalArgumentException if the description or source is blank, or the end day is
     *     not after the effective date
     */
    public LegalFact build() {
      if (description.isBlank()) {
        throw new IllegalArgumentException("LegalFact.description of fact " + id + " must not be blank");
      }
      if (source.isBlank()) {
        throw new IllegalArgumentException("LegalFact.source of fact " + id + " must not be blank: cite it");
      }
      LocalDate end = ends;
      if (end != null && !end.isAfter(effective)) {
        throw new IllegalArgumentException("LegalFact.ends = " + end + " of fact " + id
            + ": must be after LegalFact.effective = " + effective);
      }
      return new LegalFact(this, effective);
    }
  }
}
