package io.github.dpasemantics.json.output;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.dpasemantics.model.clause.Clause;
import io.github.dpasemantics.model.clause.ClauseCatalog;
import io.github.dpasemantics.model.clause.NormKind;
import io.github.dpasemantics.model.party.PartyKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A clause of the contract in JSON, as {@code dpa clause ID --format json} prints it: its text,
 * normative kind, parties, references both ways, the clauses it groups and the policies that
 * decide it.
 *
 * @param id the clause id: the body's number (6.3), Annex A as A.n (A.2.2.2), Annex B as B.n (B.3)
 * @param heading the clause's own heading; left out when the text gives none
 * @param title the title of the clause or of the section it belongs to
 * @param part the part of the document it is in
 * @param kind its main normative kind
 * @param secondaryKinds the other normative kinds it also has
 * @param binds the parties it binds
 * @param benefits the parties it benefits
 * @param text its words; empty for a heading that only groups clauses
 * @param references the cross-references in its text, resolved
 * @param referencedBy the ids of the clauses whose text refers to it
 * @param children the ids of the clauses it groups
 * @param decidedBy the policies that decide it, as signatures
 * @param notDecidable why no policy decides it; left out when one does, or it only groups clauses
 */
@JsonClassDescription("A clause of the contract: its text, normative kind, parties, references both ways, the clauses it groups and the policies that decide it.")
public record ClauseOutput(
    @JsonPropertyDescription("the clause id: the body's number (6.3), Annex A as A.n (A.2.2.2), Annex B as B.n (B.3)") String id,
    @JsonPropertyDescription("the clause's own heading; left out when the text gives none") Optional<String> heading,
    @JsonPropertyDescription("the title of the clause or of the section it belongs to") String title,
    @JsonPropertyDescription("the part of the document it is in") String part,
    @JsonPropertyDescription("its main normative kind") NormKind kind,
    @JsonPropertyDescription("the other normative kinds it also has") Set<NormKind> secondaryKinds,
    @JsonPropertyDescription("the parties it binds") Set<PartyKind> binds,
    @JsonPropertyDescription("the parties it benefits") Set<PartyKind> benefits,
    @JsonPropertyDescription("its words; empty for a heading that only groups clauses") String text,
    @JsonPropertyDescription("the cross-references in its text, resolved") List<ReferenceOutput> references,
    @JsonPropertyDescription("the ids of the clauses whose text refers to it") List<String> referencedBy,
    @JsonPropertyDescription("the ids of the clauses it groups") List<String> children,
    @JsonPropertyDescription("the policies that decide it, as signatures") List<String> decidedBy,
    @JsonPropertyDescription("why no policy decides it; left out when one does, or it only groups clauses") Optional<String> notDecidable) {

  /**
   * Returns a clause's JSON form.
   *
   * @param c the clause
   * @param catalog the catalogue it belongs to (for the references to it and the clauses it groups)
   * @param decidedBy the signatures of the policies that decide it
   * @param notDecidable why no policy decides it, if so
   * @return its output record
   */
  public static ClauseOutput of(Clause c, ClauseCatalog catalog, List<String> decidedBy, Optional<String> notDecidable) {
    return new ClauseOutput(c.getId().toString(), c.getHeading(), c.getTitle(), c.getPart().getTitle(), c.getKind(),
        c.getSecondaryKinds(), c.getBinds(), c.getBenefits(), c.getText(),
        Views.mapped(c.getReferences(), ReferenceOutput::of),
        catalog.referencesTo(c.getId()).stream().map(r -> r.getSource().toString()).toList(),
        catalog.children(c.getId()).stream().map(k -> k.getId().toString()).toList(), decidedBy, notDecidable);
  }
}
