package io.github.dpasemantics.examples.conformance;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One conformance case file: a clause family and its cases. This is the case format of
 * {@code docs/conformance.md}; the JSON Schema shipped in dpa-conformance is generated from these
 * records (a test fails when it is stale).
 *
 * @param family what the file covers, in words, with the clause ids
 * @param cases the cases, at least one
 */
public record CaseFile(
    @JsonProperty(required = true) @JsonPropertyDescription("What the file covers, in words, with the clause ids, e.g. \"6.3 New Third Party Subprocessors\".")
    String family,
    @JsonProperty(required = true) @JsonPropertyDescription("The cases, at least one.")
    List<Case> cases) {

  /**
   * Copies the list.
   *
   * @param family the family
   * @param cases the cases
   */
  public CaseFile {
    cases = List.copyOf(cases);
  }

  /**
   * One case: a question about the contract, the words it rests on, its inputs and the expected
   * answer. Exactly one of {@code decide} and {@code monitor} is given.
   *
   * @param id unique across the suite; starts with the clause it is about
   * @param clauses the clause ids the case is about
   * @param question the question in words
   * @param text the quoted words of the contract it rests on
   * @param readings the non-default readings ({@code Interpretation} names) it assumes
   * @param assumes default readings it depends on, named so that coverage of each reading is explicit
   * @param decide a policy question, or null
   * @param monitor a timeline for the monitor, or null
   * @param expect the expected answer
   */
  public record Case(
      @JsonProperty(required = true) @JsonPropertyDescription("Unique across the whole suite; letters, digits, ., _ and -, starting with the clause id it is about, e.g. \"6.3-objection-on-last-day\".")
      String id,
      @JsonProperty(required = true) @JsonPropertyDescription("The clause ids the case is about, as in the contract: \"6.3\", \"A.2.2.2\", \"B.3\".")
      List<String> clauses,
      @JsonProperty(required = true) @JsonPropertyDescription("The question in words, as a reader of the contract would ask it.")
      String question,
      @JsonProperty(required = true) @JsonPropertyDescription("The words of the contract the expected answer rests on, quoted verbatim.")
      String text,
      @JsonPropertyDescription("Non-default readings (Interpretation names, see docs/interpretations.md) the case assumes; empty or left out for the library's defaults.")
      @Nullable List<String> readings,
      @JsonPropertyDescription("Default readings the expected answer depends on, named so that the coverage of every reading is explicit.")
      @Nullable List<String> assumes,
      @JsonPropertyDescription("A policy question: the policy and its inputs, as 'dpa decide POLICY -i FILE' takes them. Give exactly one of decide and monitor.")
      @Nullable Decide decide,
      @JsonPropertyDescription("A timeline for the obligation monitor, as 'dpa monitor TIMELINE' reads it, and the date asked about. Give exactly one of decide and monitor.")
      @Nullable Monitor monitor,
      @JsonProperty(required = true) @JsonPropertyDescription("The expected answer; partial: only what is listed is checked.")
      Expect expect) {

    /**
     * Normalises left-out lists to empty ones.
     *
     * @param id the id
     * @param clauses the clauses
     * @param question the question
     * @param text the quoted text
     * @param readings the non-default readings
     * @param assumes the default readings named
     * @param decide the policy question
     * @param monitor the timeline
     * @param expect the expectation
     */
    public Case {
      clauses = List.copyOf(clauses);
      readings = readings == null ? List.of() : List.copyOf(readings);
      assumes = assumes == null ? List.of() : List.copyOf(assumes);
    }

    /**
     * Returns the non-default readings, never null.
     *
     * @return the reading names
     */
    @Override
    public List<String> readings() {
      return readings == null ? List.of() : readings;
    }

    /**
     * Returns the default readings named, never null.
     *
     * @return the reading names
     */
    @Override
    public List<String> assumes() {
      return assumes == null ? List.of() : assumes;
    }
  }

  /**
   * A policy question.
   *
   * @param policy the policy as {@code dpa policies} names it ({@code Class.method})
   * @param inputs the JSON object of inputs {@code dpa decide POLICY -i FILE} accepts
   */
  public record Decide(
      @JsonProperty(required = true) @JsonPropertyDescription("The policy as 'dpa policies' names it, e.g. \"Subprocessing.objectionAllowed\".")
      String policy,
      @JsonProperty(required = true) @JsonPropertyDescription("The inputs: exactly the JSON object 'dpa decide POLICY -i FILE' accepts (same names, same forms; see docs/schemas/decide/).")
      JsonNode inputs) {}

  /**
   * A timeline for the monitor.
   *
   * @param timeline the whole timeline document, as {@code dpa monitor} reads it
   * @param asOf the date asked about, {@code YYYY-MM-DD}; else the timeline's own
   */
  public record Monitor(
      @JsonProperty(required = true) @JsonPropertyDescription("The whole timeline document exactly as 'dpa monitor TIMELINE.json' reads it: title, contract, events (docs/formats.md, docs/schemas/timeline.schema.json).")
      JsonNode timeline,
      @JsonPropertyDescription("The date the state is asked for, YYYY-MM-DD; left out: the timeline's asOf, else its last event's date.")
      @Nullable String asOf) {}

  /**
   * The expected answer. Every part is optional; only what is given is checked.
   *
   * @param outcome the decision's outcome in its JSON form ({@code true}, a date, an enum name, an
   *     array compared as a set, {@code null} for none)
   * @param cites clauses the decision or the monitor's state must cite
   * @param notCites clauses it must not cite
   * @param explanationContains phrases the explanation must contain
   * @param obligations obligations that must be found (each matches at least one instance)
   * @param absent obligations that must not exist
   * @param rights rights expected open or not open
   */
  public record Expect(
      @JsonPropertyDescription("The decision's outcome in its JSON form: true/false, \"2025-03-13\", \"DELAY_NOT_EXCUSED\", an array (compared as a set), or null for no outcome.")
      @Nullable JsonNode outcome,
      @JsonPropertyDescription("Clauses the decision (or the monitor's state) must cite; a subset check.")
      @Nullable List<String> cites,
      @JsonPropertyDescription("Clauses it must not cite.")
      @Nullable List<String> notCites,
      @JsonPropertyDescription("Phrases the explanation must contain (use sparingly).")
      @Nullable List<String> explanationContains,
      @JsonPropertyDescription("Monitor: obligations that must be found; each listed item must match at least one instance, unlisted fields are not checked.")
      @Nullable List<Obligation> obligations,
      @JsonPropertyDescription("Monitor: obligations that must not exist.")
      @Nullable List<Absent> absent,
      @JsonPropertyDescription("Monitor: rights expected open (or not open) as of the date.")
      @Nullable List<Right> rights) {

    /**
     * Normalises left-out lists to empty ones.
     *
     * @param outcome the outcome
     * @param cites the clauses to cite
     * @param notCites the clauses not to cite
     * @param explanationContains phrases
     * @param obligations obligations expected
     * @param absent obligations not expected
     * @param rights rights expected
     */
    public Expect {
      cites = cites == null ? List.of() : List.copyOf(cites);
      notCites = notCites == null ? List.of() : List.copyOf(notCites);
      explanationContains = explanationContains == null ? List.of() : List.copyOf(explanationContains);
      obligations = obligations == null ? List.of() : List.copyOf(obligations);
      absent = absent == null ? List.of() : List.copyOf(absent);
      rights = rights == null ? List.of() : List.copyOf(rights);
    }

    /**
     * Returns the clauses to cite, never null.
     *
     * @return the clauses to cite
     */
    @Override
    public List<String> cites() {
      return cites == null ? List.of() : cites;
    }

    /**
     * Returns the clauses not to cite, never null.
     *
     * @return the clauses not to cite
     */
    @Override
    public List<String> notCites() {
      return notCites == null ? List.of() : notCites;
    }

    /**
     * Returns the phrases, never null.
     *
     * @return the phrases
     */
    @Override
    public List<String> explanationContains() {
      return explanationContains == null ? List.of() : explanationContains;
    }

    /**
     * Returns the obligations expected, never null.
     *
     * @return the obligations expected
     */
    @Override
    public List<Obligation> obligations() {
      return obligations == null ? List.of() : obligations;
    }

    /**
     * Returns the obligations not expected, never null.
     *
     * @return the obligations not expected
     */
    @Override
    public List<Absent> absent() {
      return absent == null ? List.of() : absent;
    }

    /**
     * Returns the rights expected, never null.
     *
     * @return the rights expected
     */
    @Override
    public List<Right> rights() {
      return rights == null ? List.of() : rights;
    }
  }

  /**
   * An obligation expected: every field given must equal the instance's.
   *
   * @param norm the norm id, e.g. {@code 7.3/notify-security-incident}
   * @param clause or the clause id
   * @param subject the matter (incident, subprocessor, request id)
   * @param state CREATED, ACTIVE, FULFILLED, VIOLATED, DISCHARGED or SUSPENDED
   * @param timeliness ON_TIME, LATE, DELAY_EXCUSED, DELAY_NOT_EXCUSED or PENDING
   * @param due the due date
   */
  public record Obligation(
      @JsonPropertyDescription("The norm id, e.g. \"7.3/notify-security-incident\" (see docs/conformance.md for the list).")
      @Nullable String norm,
      @JsonPropertyDescription("Or the clause id of the obligation, e.g. \"7.3\".")
      @Nullable String clause,
      @JsonPropertyDescription("The matter: the incident, subprocessor, request id the obligation is about.")
      @Nullable String subject,
      @JsonPropertyDescription("CREATED, ACTIVE, FULFILLED, VIOLATED, DISCHARGED or SUSPENDED.")
      @Nullable String state,
      @JsonPropertyDescription("When the duty was met: ON_TIME, LATE, DELAY_EXCUSED, DELAY_NOT_EXCUSED, or PENDING while open.")
      @Nullable String timeliness,
      @JsonPropertyDescription("The due date of a dated deadline, YYYY-MM-DD.")
      @Nullable String due) {}

  /**
   * An obligation that must not exist.
   *
   * @param norm the norm id
   * @param subject the matter, or any
   */
  public record Absent(
      @JsonProperty(required = true) @JsonPropertyDescription("The norm id that must have no instance.")
      String norm,
      @JsonPropertyDescription("Only instances about this matter.")
      @Nullable String subject) {}

  /**
   * A right expected open or not open.
   *
   * @param norm the norm id, e.g. {@code 6.3/object-to-new-subprocessor}
   * @param clause or the clause id
   * @param subject the matter
   * @param open whether it is open as of the date (default true)
   * @param until the last day it can be exercised
   */
  public record Right(
      @JsonPropertyDescription("The norm id, e.g. \"6.3/object-to-new-subprocessor\".")
      @Nullable String norm,
      @JsonPropertyDescription("Or the clause id of the right.")
      @Nullable String clause,
      @JsonPropertyDescription("The matter, e.g. the subprocessor id.")
      @Nullable String subject,
      @JsonPropertyDescription("Open as of the date (true, the default) or not open: lapsed, exercised or never opened (false).")
      @Nullable Boolean open,
      @JsonPropertyDescription("The last day the right can be exercised, YYYY-MM-DD.")
      @Nullable String until) {}
}
