package io.github.dpasemantics.policy;

import io.github.dpasemantics.model.data.CountryCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dated table of outside-law facts that change what the transfer and California clauses mean
 * (sources and dates in docs/legal-background.md, "Dated transfer law"): the Privacy Shield's adoption and invalidation, the 2010 Standard
 * Contractual Clauses and their replacement by Decision (EU) 2021/914, the adequacy decisions
 * (including the EU–US Data Privacy Framework, which covers only certified organisations), the UK
 * and Swiss counterparts, and the CPRA. Each {@link LegalFact} carries its source.
 *
 * <p>Questions are asked "as of" a day, which is an argument: the table reads no clock. The
 * built-in table {@link #current()} is stated as of {@link #CURRENT_AS_OF}; a caller who knows of
 * a later change supplies a newer table without a new release:
 *
 * <pre>{@code
 * LegalFacts facts = LegalFacts.current()
 *     .withFact(LegalFacts.current().find(LegalFacts.DPF_EU).orElseThrow().withEnds(LocalDate.of(2027, 3, 1)))
 *     .withStatedAsOf(LocalDate.of(2027, 3, 2));
 * facts.dpfAvailable(LocalDate.of(2027, 2, 28), LegalFacts.Law.EU);   // true
 * facts.dpfAvailable(LocalDate.of(2027, 3, 1), LegalFacts.Law.EU);    // false
 * }</pre>
 *
 * <p>A fact of the table is in effect on a day iff {@code effective <= day < ends}. Queries read
 * facts by kind (and, for the SCC milestones, by id), so a fact added by a caller takes part in
 * them: an adequacy decision for a new country is a fact of kind
 * {@link LegalFact.Kind#ADEQUACY} with that country as jurisdiction. A missing "start" fact means
 * the thing never started; a missing "end" fact means it never ended.
 *
 * <p>Every fact of the built-in table is settled from the primary source it cites (the table with
 * its sources is in docs/legal-background.md, "Dated transfer law"); none is marked
 * {@link LegalFact#isVerified() unverified}. A fact a caller adds from a source not yet checked
 * should be marked so, saying in its source what is unsure.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LegalFacts {

  /** Whose law a fact belongs to, and the origin of data in the transfer questions. */
  public enum Law {
    /** EU law: Commission decisions, the CJEU and the General Court, the GDPR. */
    EU,
    /** The law of the United Kingdom (UK GDPR and its adequacy regulations). */
    UK,
    /** Swiss law (the Federal Act on Data Protection and its Ordinance; the FDPIC). */
    SWISS,
    /** California law (the CCPA as amended by the CPRA). */
    CALIFORNIA
  }

  /** The day the built-in table {@link #current()} is stated as of: 2026-11-29. */
  public static final LocalDate CURRENT_AS_OF = LocalDate.of(2026, 11, 29);

  /** Id of the fact: Commission Decision 2010/87/EU (processor SCCs), date of decision 2010-02-05. */
  public static final String SCC_2010 = "scc-2010-decision";
  /** Id of the fact: EU–US Privacy Shield, Decision (EU) 2016/1250, until Schrems II. */
  public static final String PRIVACY_SHIELD_EU = "privacy-shield-eu-us";
  /** Id of the fact: Swiss–US Privacy Shield, until the FDPIC's statement of 2020-09-08. */
  public static final String PRIVACY_SHIELD_SWISS = "privacy-shield-swiss-us";
  /** Id of the fact: CJEU C-311/18 (Schrems II), 2020-07-16. */
  public static final String SCHREMS_II = "cjeu-c-311-18-schrems-ii";
  /** Id of the fact: FDPIC statement that the Swiss–US Privacy Shield is not adequate, 2020-09-08. */
  public static final String FDPIC_SWISS_PRIVACY_SHIELD = "fdpic-swiss-us-privacy-shield-not-adequate";
  /** Id of the fact: Decision (EU) 2021/914 (new SCCs) in force, 2021-06-27. */
  public static final String SCC_2021_IN_FORCE = "scc-2021-in-force";
  /** Id of the fact: the 2010 SCCs can no longer be used for new contracts, 2021-09-27. */
  public static final String SCC_2010_CLOSED_TO_NEW_CONTRACTS = "scc-2010-closed-to-new-contracts";
  /** Id of the fact: the 2010 SCCs cease to give appropriate safeguards, 2022-12-27. */
  public static final String SCC_2010_SAFEGUARDS_END = "scc-2010-safeguards-end";
  /** Id of the fact: the CPRA amendments to the CCPA operative, 2023-01-01. */
  public static final String CPRA_OPERATIVE = "cpra-operative";
  /** Id of the fact: EU–US Data Privacy Framework adequacy, Decision (EU) 2023/1795, 2023-07-10. */
  public static final String DPF_EU = "adequacy-eu-us-dpf";
  /** Id of the fact: UK Extension to the DPF in force, 2023-10-12. */
  public static final String DPF_UK = "adequacy-uk-us-dpf-extension";
  /** Id of the fact: Swiss–US DPF in force, 2024-09-15. */
  public static final String DPF_SWISS = "adequacy-swiss-us-dpf";
  /** Id of the fact: General Court dismisses Latombe (T-553/23), 2025-09-03. */
  public static final String LATOMBE = "general-court-t-553-23-latombe";

  private static final Comparator<LegalFact> ORDER =
      Comparator.comparing(LegalFact::getEffective).thenComparing(LegalFact::getId);

  private static final LegalFacts CURRENT = builtIn();

  private final LocalDate statedAsOf;
  private final List<LegalFact> facts;
  private final Map<String, LegalFact> byId;

  private LegalFacts(LocalDate statedAsOf, Map<String, LegalFact> byId) {
    this.statedAsOf = statedAsOf;
    List<LegalFact> sorted = new ArrayList<>(byId.values());
    sorted.sort(ORDER);
    this.facts = List.copyOf(sorted);
    this.byId = Map.copyOf(byId);
  }

  /**
   * Returns the built-in table, stated as of {@link #CURRENT_AS_OF}.
   *
   * @return the built-in table
   */
  public static LegalFacts current() {
    return CURRENT;
  }

  /**
   * Returns an empty builder for a table stated as of the given day.
   *
   * @param statedAsOf the day up to which the table's author vouches for it
   * @return a builder
   */
  public static Builder builder(LocalDate statedAsOf) {
    return new Builder(Objects.requireNonNull(statedAsOf, "LegalFacts.statedAsOf must not be null"));
  }

  /**
   * Returns a table of the given facts.
   *
   * @param statedAsOf the day up to which the table is vouched for
   * @param facts the facts, one per id
   * @return the table
   * @throws IllegalArgumentException if two facts share an id
   */
  public static LegalFacts of(LocalDate statedAsOf, Collection<LegalFact> facts) {
    Builder b = builder(statedAsOf);
    for (LegalFact f : Objects.requireNonNull(facts, "LegalFacts.of: facts must not be null")) {
      b.fact(f);
    }
    return b.build();
  }

  /**
   * Returns a builder holding this table's facts and stated date.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(statedAsOf);
    b.byId.putAll(byId);
    return b;
  }

  /**
   * Returns a copy with the given fact added, replacing a fact with the same id.
   *
   * @param fact the fact
   * @return the changed copy
   */
  public LegalFacts withFact(LegalFact fact) {
    Objects.requireNonNull(fact, "LegalFacts.withFact: fact must not be null");
    Map<String, LegalFact> copy = new HashMap<>(byId);
    copy.put(fact.getId(), fact);
    return new LegalFacts(statedAsOf, copy);
  }

  /**
   * Returns a copy without the fact of the given id (unchanged if there is none).
   *
   * @param id the fact id
   * @return the changed copy
   */
  public LegalFacts withoutFact(String id) {
    Objects.requireNonNull(id, "LegalFacts.withoutFact: id must not be null");
    Map<String, LegalFact> copy = new HashMap<>(byId);
    copy.remove(id);
    return new LegalFacts(statedAsOf, copy);
  }

  /**
   * Returns a copy stated as of another day.
   *
   * @param day the day up to which the table is vouched for
   * @return the changed copy
   */
  public LegalFacts withStatedAsOf(LocalDate day) {
    return new LegalFacts(Objects.requireNonNull(day, "LegalFacts.withStatedAsOf: day must not be null"), byId);
  }

  /**
   * Returns the day up to which the table is vouched for; answers about later days assume nothing
   * changed after it.
   *
   * @return the stated date
   */
  public LocalDate getStatedAsOf() {
    return statedAsOf;
  }

  /**
   * Tells whether a question asked as of the given day lies after the table's stated date, so
   * that a later change of law would be unknown to the table.
   *
   * @param asOf the day of the question
   * @return true if {@code asOf} is after {@link #getStatedAsOf()}
   */
  public boolean isStale(LocalDate asOf) {
    return asOf.isAfter(statedAsOf);
  }

  /**
   * Returns every fact, ordered by effective date, then id.
   *
   * @return the facts
   */
  public List<LegalFact> getFacts() {
    return facts;
  }

  /**
   * Returns the fact with the given id.
   *
   * @param id the id, e.g. {@link #SCHREMS_II}
   * @return the fact, or empty
   */
  public Optional<LegalFact> find(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "LegalFacts.find: id must not be null")));
  }

  /**
   * Returns the facts in effect on the given day, ordered by effective date.
   *
   * @param day the day
   * @return the facts in effect
   */
  public List<LegalFact> inEffectOn(LocalDate day) {
    Objects.requireNonNull(day, "LegalFacts.inEffectOn: day must not be null");
    List<LegalFact> out = new ArrayList<>();
    for (LegalFact f : facts) {
      if (f.isInEffectOn(day)) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Tells whether a Privacy Shield framework was a basis for transfers to certified US
   * organisations on the given day: the EU–US framework from Decision (EU) 2016/1250 until the
   * CJEU invalidated it in C-311/18 (2020-07-16); the Swiss–US framework until the FDPIC found it
   * inadequate (2020-09-08). There was never a UK or California Privacy Shield: false for those.
   *
   * @param asOf the day
   * @param law {@link Law#EU} or {@link Law#SWISS}
   * @return true while a Privacy Shield fact of that law is in effect
   */
  public boolean privacyShieldValid(LocalDate asOf, Law law) {
    return privacyShieldFact(asOf, law).isPresent();
  }

  /**
   * Returns the Privacy Shield fact of the given law in effect on the day.
   *
   * @param asOf the day
   * @param law the law
   * @return the fact, or empty if no Privacy Shield of that law was a basis that day
   */
  public Optional<LegalFact> privacyShieldFact(LocalDate asOf, Law law) {
    requireDay(asOf, "privacyShieldFact");
    Objects.requireNonNull(law, "LegalFacts.privacyShieldFact: law must not be null");
    for (LegalFact f : facts) {
      if (f.getKind() == LegalFact.Kind.PRIVACY_SHIELD && f.getLaw() == law && f.isInEffectOn(asOf)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether the European Commission deemed the country to have adequate protection on the
   * given day (GDPR Art. 45), or EU law treated it as not a third country (the UK's transition).
   * A decision that covers only certified organisations (the EU–US Data Privacy Framework)
   * counts only if the importer is certified. The Privacy Shield is not counted here (A.4.2 and
   * A.4.3 treat it on its own): see {@link #privacyShieldValid}. An EU member state has no
   * adequacy decision (it needs none): false.
   *
   * @param country the country of the importer
   * @param asOf the day
   * @param importerDpfCertified whether the importer is certified under the framework of a
   *     certified-only decision (the DPF)
   * @return true if an adequacy fact covers the transfer that day
   */
  public boolean adequacy(CountryCode country, LocalDate asOf, boolean importerDpfCertified) {
    Objects.requireNonNull(country, "LegalFacts.adequacy: country must not be null");
    return adequacyFact(country.getCode(), asOf, importerDpfCertified).isPresent();
  }

  /**
   * Returns the EU adequacy (or transition) fact that covers a transfer to the jurisdiction on
   * the day, as {@link #adequacy} decides it.
   *
   * @param jurisdiction an ISO 3166-1 alpha-2 code or an organisation name such as {@code "EPO"}
   * @param asOf the day
   * @param importerCertified whether the importer is certified under a certified-only decision
   * @return the fact, or empty
   */
  public Optional<LegalFact> adequacyFact(String jurisdiction, LocalDate asOf, boolean importerCertified) {
    Objects.requireNonNull(jurisdiction, "LegalFacts.adequacyFact: jurisdiction must not be null");
    requireDay(asOf, "adequacyFact");
    for (LegalFact f : facts) {
      if ((f.getKind() == LegalFact.Kind.ADEQUACY || f.getKind() == LegalFact.Kind.TRANSITION)
          && f.getLaw() == Law.EU && f.isInEffectOn(asOf)
          && jurisdiction.equals(f.getJurisdiction().orElse(""))
          && (importerCertified || !f.isCertifiedOnly())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a certified-only EU adequacy fact for the jurisdiction in effect on the day that the
   * importer misses because it is not certified (the reason {@link #adequacy} said no for a
   * US importer outside the DPF).
   *
   * @param jurisdiction the jurisdiction
   * @param asOf the day
   * @return the certified-only fact, or empty
   */
  public Optional<LegalFact> certifiedOnlyAdequacyFact(String jurisdiction, LocalDate asOf) {
    Objects.requireNonNull(jurisdiction, "LegalFacts.certifiedOnlyAdequacyFact: jurisdiction must not be null");
    requireDay(asOf, "certifiedOnlyAdequacyFact");
    for (LegalFact f : facts) {
      if (f.getKind() == LegalFact.Kind.ADEQUACY && f.getLaw() == Law.EU && f.isCertifiedOnly()
          && f.isInEffectOn(asOf) && jurisdiction.equals(f.getJurisdiction().orElse(""))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether the 2010 processor SCCs (Decision 2010/87/EU) give appropriate safeguards on
   * the given day to a contract concluded on the given day: the Decision must exist on both days;
   * the contract must be concluded before the day they closed to new contracts
   * ({@link #SCC_2010_CLOSED_TO_NEW_CONTRACTS}, 2021-09-27) and not after {@code asOf}; and
   * {@code asOf} must be before the day they cease to give safeguards
   * ({@link #SCC_2010_SAFEGUARDS_END}, 2022-12-27).
   *
   * <p>Boundaries: concluded on 2021-09-26 is usable until 2022-12-26; concluded on 2021-09-27 is
   * not usable at all; nothing is usable on or after 2022-12-27.
   *
   * @param asOf the day of the question
   * @param contractConcludedOn the day the contract incorporating the SCCs was concluded
   * @return true if the 2010 SCCs are usable
   */
  public boolean sccs2010Usable(LocalDate asOf, LocalDate contractConcludedOn) {
    requireDay(asOf, "sccs2010Usable");
    requireDay(contractConcludedOn, "sccs2010Usable");
    LegalFact decision = byId.get(SCC_2010);
    if (decision == null || asOf.isBefore(decision.getEffective())
        || contractConcludedOn.isBefore(decision.getEffective()) || contractConcludedOn.isAfter(asOf)) {
      return false;
    }
    LegalFact closed = byId.get(SCC_2010_CLOSED_TO_NEW_CONTRACTS);
    if (closed != null && !contractConcludedOn.isBefore(closed.getEffective())) {
      return false;
    }
    return !hasHappened(SCC_2010_SAFEGUARDS_END, asOf);
  }

  /**
   * Tells whether the fact with the given id exists and has taken effect by the day (its end, if
   * any, is ignored: a milestone once passed stays passed).
   *
   * @param id the fact id
   * @param asOf the day
   * @return true if the fact's effective date is on or before {@code asOf}
   */
  public boolean hasHappened(String id, LocalDate asOf) {
    requireDay(asOf, "hasHappened");
    LegalFact f = byId.get(Objects.requireNonNull(id, "LegalFacts.hasHappened: id must not be null"));
    return f != null && !asOf.isBefore(f.getEffective());
  }

  /**
   * Tells whether the Data Privacy Framework made transfers to certified US organisations lawful
   * under the given law on the day: the EU–US DPF (Decision (EU) 2023/1795, from 2023-07-10), the
   * UK Extension (from 2023-10-12), the Swiss–US DPF (from 2024-09-15). Read from the
   * certified-only adequacy facts of that law for the United States; false for California.
   *
   * @param asOf the day
   * @param law {@link Law#EU}, {@link Law#UK} or {@link Law#SWISS}
   * @return true if available
   */
  public boolean dpfAvailable(LocalDate asOf, Law law) {
    return dpfFact(asOf, law).isPresent();
  }

  /**
   * Returns the DPF fact of the given law in effect on the day.
   *
   * @param asOf the day
   * @param law the law
   * @return the fact, or empty
   */
  public Optional<LegalFact> dpfFact(LocalDate asOf, Law law) {
    requireDay(asOf, "dpfFact");
    Objects.requireNonNull(law, "LegalFacts.dpfFact: law must not be null");
    for (LegalFact f : facts) {
      if (f.getKind() == LegalFact.Kind.ADEQUACY && f.getLaw() == law && f.isCertifiedOnly()
          && f.isInEffectOn(asOf) && "US".equals(f.getJurisdiction().orElse(""))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether the CPRA's amendments to the CCPA were operative on the day (from 2023-01-01).
   *
   * @param asOf the day
   * @return true from the CPRA's operative date
   */
  public boolean isCpraOperative(LocalDate asOf) {
    return hasHappened(CPRA_OPERATIVE, asOf);
  }

  private static void requireDay(LocalDate day, String method) {
    Objects.requireNonNull(day, () -> "LegalFacts." + method + ": date must not be null");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LegalFacts other && statedAsOf.equals(other.statedAsOf) && byId.equals(other.byId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(statedAsOf, byId);
  }

  @Override
  public String toString() {
    return "LegalFacts[as of " + statedAsOf + ", " + facts.size() + " facts]";
  }

  /** Builds a {@link LegalFacts} table. Not thread-safe; use once. */
  public static final class Builder {
    private final Map<String, LegalFact> byId = new HashMap<>();
    private LocalDate statedAsOf;

    private Builder(LocalDate statedAsOf) {
      this.statedAsOf = statedAsOf;
    }

    /**
     * Adds a fact; a second fact with the same id is refused (use {@link #replace} to change one).
     *
     * @param fact the fact
     * @return this builder
     * @throws IllegalArgumentException if a fact with the same id is present
     */
    public Builder fact(LegalFact fact) {
      Objects.requireNonNull(fact, "LegalFacts.Builder.fact: fact must not be null");
      if (byId.containsKey(fact.getId())) {
        throw new IllegalArgumentException("LegalFacts.Builder.fact: a fact with id '" + fact.getId()
            + "' is already present (" + byId.get(fact.getId()) + "); use replace to change it");
      }
      byId.put(fact.getId(), fact);
      return this;
    }

    /**
     * Adds a fact, replacing any fact with the same id.
     *
     * @param fact the fact
     * @return this builder
     */
    public Builder replace(LegalFact fact) {
      Objects.requireNonNull(fact, "LegalFacts.Builder.replace: fact must not be null");
      byId.put(fact.getId(), fact);
      return this;
    }

    /**
     * Sets the day up to which the table is vouched for.
     *
     * @param day the day
     * @return this builder
     */
    public Builder statedAsOf(LocalDate day) {
      this.statedAsOf = Objects.requireNonNull(day, "LegalFacts.Builder.statedAsOf must not be null");
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table
     */
    public LegalFacts build() {
      return new LegalFacts(statedAsOf, byId);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The built-in table. Dates are dates of decision / judgment / entry into force as stated in
  // each source. Unverified facts say what is unsure.

  private static LegalFacts builtIn() {
    Builder b = builder(CURRENT_AS_OF);
    b.fact(fact(SCC_2010, LegalFact.Kind.SCC_MILESTONE, "2010-02-05")
        .description("Standard Contractual Clauses for processors in third countries approved (the SCCs of A.1.1)")
        .source("Commission Decision 2010/87/EU of 5 February 2010 (date of decision), OJ L 39, 12.2.2010, p. 5;"
            + " CELEX 32010D0087; applicable from 15 May 2010 (Art. 7)")
        .build());
    b.fact(fact(PRIVACY_SHIELD_EU, LegalFact.Kind.PRIVACY_SHIELD, "2016-07-12").jurisdiction("US")
        .certifiedOnly(true).ends(date("2020-07-16"))
        .description("EU–US Privacy Shield, a basis for transfers to certified US organisations")
        .source("Commission Implementing Decision (EU) 2016/1250 of 12 July 2016 (date of decision), CELEX 32016D1250;"
            + " declared invalid by the CJEU in Case C-311/18, judgment of 16 July 2020")
        .build());
    b.fact(fact(PRIVACY_SHIELD_SWISS, LegalFact.Kind.PRIVACY_SHIELD, "2017-01-12").law(Law.SWISS).jurisdiction("US")
        .certifiedOnly(true).ends(date("2020-09-08"))
        .description("Swiss–US Privacy Shield, a basis for transfers to certified US organisations")
        .source("Swiss–US Privacy Shield Framework: approved by the Swiss Federal Council and announced on 12 January 2017"
            + " (FDPIC and US Department of Commerce releases of that day); self-certification opened on 12 April 2017"
            + " (US Department of Commerce); ended in practice by the FDPIC statement of 8 September 2020 (a position of the"
            + " supervisory authority, not a court ruling)")
        .build());
    b.fact(fact(SCHREMS_II, LegalFact.Kind.COURT_DECISION, "2020-07-16")
        .description("Schrems II: the EU–US Privacy Shield is invalid; Decision 2010/87/EU (SCCs) stays valid")
        .source("CJEU (Grand Chamber), judgment of 16 July 2020, Case C-311/18, Data Protection Commissioner v"
            + " Facebook Ireland Ltd and Maximillian Schrems, ECLI:EU:C:2020:559")
        .build());
    b.fact(fact(FDPIC_SWISS_PRIVACY_SHIELD, LegalFact.Kind.REGULATOR_STATEMENT, "2020-09-08").law(Law.SWISS)
        .jurisdiction("US")
        .description("Swiss FDPIC: the Swiss–US Privacy Shield does not provide an adequate level of protection")
        .source("Federal Data Protection and Information Commissioner (FDPIC), position paper and press release of"
            + " 8 September 2020")
        .build());
    b.fact(fact("uk-withdrawal-transition", LegalFact.Kind.TRANSITION, "2020-02-01").jurisdiction("GB")
        .ends(date("2021-01-01"))
        .description("Brexit transition period: EU law, including the GDPR, continued to apply to the United Kingdom")
        .source("Agreement on the withdrawal of the United Kingdom from the EU, Art. 126-127, OJ L 29, 31.1.2020")
        .build());
    b.fact(fact("uk-tca-bridge", LegalFact.Kind.TRANSITION, "2021-01-01").jurisdiction("GB")
        .ends(date("2021-06-28"))
        .description("Bridge: transfers to the United Kingdom not treated as transfers to a third country until the"
            + " adequacy decisions were adopted")
        .source("EU–UK Trade and Cooperation Agreement, Art. FINPROV.10A: the specified period (four months, extended by"
            + " two, so 30 June 2021 at the latest) ends on the day the Commission adopts adequacy decisions for the United"
            + " Kingdom; they were adopted on 28 June 2021 (Commission Implementing Decisions (EU) 2021/1772 and 2021/1773)")
        .build());
    b.fact(fact(SCC_2021_IN_FORCE, LegalFact.Kind.SCC_MILESTONE, "2021-06-27")
        .description("New Standard Contractual Clauses in force")
        .source("Commission Implementing Decision (EU) 2021/914 of 4 June 2021, OJ L 199, 7.6.2021, p. 31;"
            + " CELEX 32021D0914; in force on the twentieth day after publication (Art. 4)")
        .build());
    b.fact(fact(SCC_2010_CLOSED_TO_NEW_CONTRACTS, LegalFact.Kind.SCC_MILESTONE, "2021-09-27")
        .description("the 2010 SCCs can no longer be used for new contracts (Decision 2010/87/EU repealed)")
        .source("Commission Implementing Decision (EU) 2021/914, Art. 4: Decision 2010/87/EU repealed with effect"
            + " from 27 September 2021; CELEX 32021D0914")
        .build());
    b.fact(fact(SCC_2010_SAFEGUARDS_END, LegalFact.Kind.SCC_MILESTONE, "2022-12-27")
        .description("the 2010 SCCs cease to give appropriate safeguards, even in contracts concluded before"
            + " 27 September 2021")
        .source("Commission Implementing Decision (EU) 2021/914, Art. 4: such contracts are deemed to provide"
            + " appropriate safeguards \"until 27 December 2022\" if the processing operations stay unchanged;"
            + " read here as no longer from that day; CELEX 32021D0914")
        .build());
    b.fact(fact(CPRA_OPERATIVE, LegalFact.Kind.STATUTE, "2023-01-01").law(Law.CALIFORNIA)
        .description("the California Privacy Rights Act's amendments to the CCPA operative, with new service-provider"
            + " contract requirements")
        .source("California Privacy Rights Act of 2020 (Proposition 24, approved 3 November 2020), operative"
            + " 1 January 2023; Cal. Civ. Code §1798.100(d) and §1798.140 (service provider)")
        .build());
    b.fact(fact(DPF_EU, LegalFact.Kind.ADEQUACY, "2023-07-10").jurisdiction("US").certifiedOnly(true)
        .description("EU–US Data Privacy Framework adequacy, for US organisations certified under it only")
        .source("Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 (date of decision), CELEX 32023D1795")
        .build());
    b.fact(fact(DPF_UK, LegalFact.Kind.ADEQUACY, "2023-10-12").law(Law.UK).jurisdiction("US").certifiedOnly(true)
        .description("UK Extension to the EU–US Data Privacy Framework, for certified US organisations only")
        .source("The Data Protection (Adequacy) (United States of America) Regulations 2023, SI 2023/1028,"
            + " in force 12 October 2023")
        .build());
    b.fact(fact(DPF_SWISS, LegalFact.Kind.ADEQUACY, "2024-09-15").law(Law.SWISS).jurisdiction("US").certifiedOnly(true)
        .description("Swiss–US Data Privacy Framework, for certified US organisations only")
        .source("Swiss Federal Council decision of 14 August 2024 adding the United States (certified organisations)"
            + " to Annex 1 of the Data Protection Ordinance (SR 235.11), in force 15 September 2024")
        .build());
    b.fact(fact(LATOMBE, LegalFact.Kind.COURT_DECISION, "2025-09-03").jurisdiction("US")
        .description("the General Court dismisses Latombe v Commission: the EU–US DPF adequacy decision stands;"
            + " an appeal is pending")
        .source("General Court, judgment of 3 September 2025, Case T-553/23, Latombe v Commission, ECLI:EU:T:2025:831;"
            + " appeal lodged on 31 October 2025, Case C-703/25 P, pending (OJ C, C/2025/6610, 22.12.2025)")
        .build());
    adequacy(b, "AD", "2010-10-19", "Andorra", "Commission Decision 2010/625/EU of 19 October 2010, CELEX 32010D0625");
    adequacy(b, "AR", "2003-06-30", "Argentina", "Commission Decision 2003/490/EC of 30 June 2003, CELEX 32003D0490");
    adequacy(b, "CA", "2001-12-20", "Canada (commercial organisations subject to PIPEDA)",
        "Commission Decision 2002/2/EC of 20 December 2001, CELEX 32002D0002");
    adequacy(b, "FO", "2010-03-05", "Faroe Islands", "Commission Decision 2010/146/EU of 5 March 2010, CELEX 32010D0146");
    adequacy(b, "GG", "2003-11-21", "Guernsey", "Commission Decision 2003/821/EC of 21 November 2003, CELEX 32003D0821");
    adequacy(b, "IM", "2004-04-28", "Isle of Man", "Commission Decision 2004/411/EC of 28 April 2004, CELEX 32004D0411");
    adequacy(b, "IL", "2011-01-31", "Israel", "Commission Decision 2011/61/EU of 31 January 2011, CELEX 32011D0061");
    adequacy(b, "JP", "2019-01-23", "Japan (business operators under the APPI, with the supplementary rules)",
        "Commission Implementing Decision (EU) 2019/419 of 23 January 2019, CELEX 32019D0419");
    adequacy(b, "JE", "2008-05-08", "Jersey", "Commission Decision 2008/393/EC of 8 May 2008, CELEX 32008D0393");
    adequacy(b, "NZ", "2012-12-19", "New Zealand",
        "Commission Implementing Decision 2013/65/EU of 19 December 2012, CELEX 32013D0065");
    adequacy(b, "KR", "2021-12-17", "Republic of Korea (within the scope of the decision)",
        "Commission Implementing Decision (EU) 2022/254 of 17 December 2021, CELEX 32022D0254");
    adequacy(b, "CH", "2000-07-26", "Switzerland", "Commission Decision 2000/518/EC of 26 July 2000, CELEX 32000D0518");
    adequacy(b, "UY", "2012-08-21", "Uruguay",
        "Commission Implementing Decision 2012/484/EU of 21 August 2012, CELEX 32012D0484");
    b.fact(fact("adequacy-gb", LegalFact.Kind.ADEQUACY, "2021-06-28").jurisdiction("GB")
        .description("adequacy decision: United Kingdom (GDPR transfers)")
        .source("Commission Implementing Decision (EU) 2021/1772 of 28 June 2021 (date of decision), CELEX 32021D1772;"
            + " its sunset of 27 June 2025 was extended to 27 December 2025 (Commission technical extension, June 2025) and"
            + " the decision renewed on 19 December 2025 for six years, to 27 December 2031 (Commission release of that day);"
            + " the table records no end, as a renewal is again foreseen")
        .build());
    b.fact(fact("adequacy-epo", LegalFact.Kind.ADEQUACY, "2025-07-15").jurisdiction("EPO")
        .description("adequacy decision: European Patent Organisation (an international organisation)")
        .source("Commission adequacy decision for the European Patent Organisation under GDPR Art. 45, adopted on"
            + " 15 July 2025 (Commission announcement of that day; European Patent Organisation release welcoming it);"
            + " the first adequacy decision for an international organisation")
        .build());
    return b.build();
  }

  private static void adequacy(Builder b, String code, String date, String name, String source) {
    b.fact(fact("adequacy-" + code.toLowerCase(java.util.Locale.ROOT), LegalFact.Kind.ADEQUACY, date)
        .jurisdiction(code)
        .description("adequacy decision: " + name)
        .source(source + " (date of decision)")
        .build());
  }

  private static LegalFact.Builder fact(String id, LegalFact.Kind kind, String effective) {
    return LegalFact.builder(id, kind, date(effective));
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
