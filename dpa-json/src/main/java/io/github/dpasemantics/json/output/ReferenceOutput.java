package io.github.dpasemantics.json.output;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.dpasemantics.model.clause.CrossReference;
import java.util.Optional;

/**
 * A cross-reference in a clause's text, resolved, in JSON.
 *
 * @param text the words of the reference, as the text has them (Section 7.c.)
 * @param target the id of the clause it resolves to; left out when it points outside the Addendum
 * @param document the document outside the Addendum it points to; left out when it points to a clause
 * @param note how the reference was resolved, where the text is unclear; left out when it is plain
 */
@JsonClassDescription("A cross-reference in a clause's text, resolved.")
public record ReferenceOutput(
    @JsonPropertyDescription("the words of the reference, as the text has them (Section 7.c.)") String text,
    @JsonPropertyDescription("the id of the clause it resolves to; left out when it points outside the Addendum") Optional<String> target,
    @JsonPropertyDescription("the document outside the Addendum it points to; left out when it points to a clause") Optional<String> document,
    @JsonPropertyDescription("how the reference was resolved, where the text is unclear; left out when it is plain") Optional<String> note) {

  /**
   * Returns a cross-reference's JSON form.
   *
   * @param r the reference
   * @return its output record
   */
  public static ReferenceOutput of(CrossReference r) {
    return new ReferenceOutput(r.getText(), r.getTarget().map(Object::toString), r.getDocument().map(Object::toString),
        r.getNote());
  }
}
