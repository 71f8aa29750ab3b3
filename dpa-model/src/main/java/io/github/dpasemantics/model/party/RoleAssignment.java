package io.github.dpasemantics.model.party;

import io.github.dpasemantics.model.data.DataCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One role the text assigns: which kind of party plays which role, under which regime, for which
 * category of data, and the clause that says so (e.g. Segment is a GDPR processor of Customer
 * Personal Data, A.1.3(a)).
 *
 * <p>The clause is a clause id string in the catalogue's notation ({@code "A.1.3"},
 * {@code "B.2"}, {@code "6.3"}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RoleAssignment implements WithRoleAssignment {

  /** The pattern a clause id string must match: body numbers, or {@code A.}/{@code B.} plus numbers. */
  public static final String CLAUSE_ID_PATTERN = "([AB]\\.)?[1-9][0-9]*(\\.[1-9][0-9]*)*";

  RoleAssignment() {}

  /**
   * An unconditional assignment.
   *
   * @param party the kind of party that plays the role
   * @param regime the regime under which the role exists
   * @param role the role, which {@code regime} must define
   * @param data the category of data the role is played for
   * @param clause the id of the clause that assigns the role, e.g. {@code "A.1.3"}
   * @return the assignment, with no condition
   * @throws IllegalStateException if {@code regime} does not define {@code role}
   */
  public static RoleAssignment of(
      PartyKind party, Regime regime, Role role, DataCategory data, String clause) {
    Objects.requireNonNull(party, "RoleAssignment.of: party must not be null");
    Objects.requireNonNull(regime, "RoleAssignment.of: regime must not be null");
    Objects.requireNonNull(role, "RoleAssignment.of: role must not be null");
    Objects.requireNonNull(data, "RoleAssignment.of: data must not be null");
    Objects.requireNonNull(clause, "RoleAssignment.of: clause must not be null");
    return builder().party(party).regime(regime).role(role).data(data).clause(clause).build();
  }

  /**
   * A new builder.
   *
   * <p>Required: party, regime, role, data, clause; optional: condition.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link RoleAssignment}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableRoleAssignment.Builder {
    Builder() {}
  }

  /**
   * The kind of party that plays the role.
   *
   * @return the party kind
   */
  public abstract PartyKind getParty();

  /**
   * The regime under which the role exists.
   *
   * @return the regime
   */
  public abstract Regime getRegime();

  /**
   * The role the party plays, e.g. {@link Role#PROCESSOR}.
   *
   * @return the role, defined in {@link #getRegime()}
   */
  public abstract Role getRole();

  /**
   * The category of data the role is played for.
   *
   * @return the data category
   */
  public abstract DataCategory getData();

  /**
   * The id of the clause that assigns the role.
   *
   * @return the clause id, matching {@link #CLAUSE_ID_PATTERN}
   */
  @NotBlank(message = "RoleAssignment.clause = '${validatedValue}': must not be blank")
  @Pattern(
      regexp = CLAUSE_ID_PATTERN,
      message = "RoleAssignment.clause = '${validatedValue}': must be a clause id such as 6.3,"
          + " A.1.3 or B.2")
  public abstract String getClause();

  /**
   * The condition under which the text makes the assignment, in words, if any (e.g. "to the
   * extent that any Usage Data is considered Personal Data", A.1.3).
   *
   * @return the condition, never blank, or empty if the assignment is unconditional
   */
  public abstract Optional<String> getCondition();

  /**
   * Checks that the regime defines the role and that a condition, when present, is not blank.
   *
   * @throws IllegalStateException naming the field, the value and the rule broken
   */
  @Value.Check
  protected void check() {
    if (!getRole().isDefinedIn(getRegime())) {
      throw new IllegalStateException(
          "RoleAssignment.role = " + getRole() + ": not a role under regime " + getRegime()
              + " (defined in " + getRole().getRegimes() + ")");
    }
    if (getCondition().isPresent() && getCondition().get().isBlank()) {
      throw new IllegalStateException(
          "RoleAssignment.condition = '" + getCondition().get() + "': must not be blank when present");
    }
  }
}
