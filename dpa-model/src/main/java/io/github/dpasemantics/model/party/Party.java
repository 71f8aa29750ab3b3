package io.github.dpasemantics.model.party;

import io.github.dpasemantics.model.data.CountryCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person or body that appears under the Addendum: Segment, the Customer, a Subprocessor, a
 * Source or Destination, a Data Subject, an auditor, a supervisory authority, law enforcement
 * (see {@link PartyKind}).
 *
 * <p>A party has a stable id (letters, digits and {@code . _ : -}, used to refer to it from
 * events, subprocessor lists and the {@link AffiliateGraph}), a name, a kind and, optionally, the
 * country where it is established. Whether it is established in the EU (A.4.3) is answered for a
 * given day from the dated member-state list; the text says "in the EU", not the EEA, see
 * {@link io.github.dpasemantics.model.data.EuMemberStates}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Party implements WithParty {

  /** The pattern a party or organisation id must match. */
  public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]*";

  /** The id of the {@link #segment()} preset. */
  public static final String SEGMENT_ID = "segment";

  Party() {}

  /**
   * A party with no establishment country.
   *
   * @param id the party id, matching {@link #ID_PATTERN}, at most 128 characters
   * @param name the party's name, at most 300 characters
   * @param kind what the party is under the Addendum
   * @return the party
   */
  public static Party of(String id, String name, PartyKind kind) {
    Objects.requireNonNull(id, "Party.of: id must not be null");
    Objects.requireNonNull(name, "Party.of: name must not be null");
    Objects.requireNonNull(kind, "Party.of: kind must not be null");
    return builder().id(id).name(name).kind(kind).build();
  }

  /**
   * A party established in the given country.
   *
   * @param id the party id, matching {@link #ID_PATTERN}, at most 128 characters
   * @param name the party's name, at most 300 characters
   * @param kind what the party is under the Addendum
   * @param establishment the country where the party is established (A.4.3)
   * @return the party
   */
  public static Party of(String id, String name, PartyKind kind, CountryCode establishment) {
    Objects.requireNonNull(id, "Party.of: id must not be null");
    Objects.requireNonNull(name, "Party.of: name must not be null");
    Objects.requireNonNull(kind, "Party.of: kind must not be null");
    Objects.requireNonNull(establishment, "Party.of: establishment must not be null");
    return builder().id(id).name(name).kind(kind).establishmentCountry(establishment).build();
  }

  /**
   * Segment.io, Inc., a Delaware corporation (1), established in the United States.
   *
   * @return the Segment party, with id {@link #SEGMENT_ID} and kind {@link PartyKind#SEGMENT}
   */
  public static Party segment() {
    return of(SEGMENT_ID, "Segment.io, Inc.", PartyKind.SEGMENT, CountryCode.UNITED_STATES);
  }

  /**
   * A new builder.
   *
   * <p>Required: id, name, kind; optional: establishmentCountry.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Party}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableParty.Builder {
    Builder() {}
  }

  /**
   * The party's id, unique within a contract instance.
   *
   * @return the id, matching {@link #ID_PATTERN}
   */
  @NotBlank(message = "Party.id = '${validatedValue}': must not be blank")
  @Size(max = 128, message = "Party.id = '${validatedValue}': must be at most {max} characters")
  @Pattern(
      regexp = ID_PATTERN,
      message = "Party.id = '${validatedValue}': must start with a letter or digit and contain only"
          + " letters, digits and . _ : -")
  public abstract String getId();

  /**
   * The party's name, e.g. "Segment.io, Inc.".
   *
   * @return the name, never blank
   */
  @NotBlank(message = "Party.name = '${validatedValue}': must not be blank")
  @Size(max = 300, message = "Party.name: must be at most {max} characters")
  public abstract String getName();

  /**
   * What the party is under the Addendum: Segment, the Customer, a Subprocessor and so on.
   *
   * @return the party kind
   */
  public abstract PartyKind getKind();

  /**
   * The country where the party is established, if known (A.4.3).
   *
   * @return the country, or empty if unknown
   */
  public abstract Optional<CountryCode> getEstablishmentCountry();

  /**
   * Whether the party is established in an EU member state on the given day (A.4.3, read
   * literally: EEA states outside the EU do not count); false when the country is unknown.
   *
   * @param date the day asked about, in the contract's zone
   * @return {@code true} if the establishment country was an EU member state on {@code date}
   */
  public final boolean isEstablishedInEuOn(LocalDate date) {
    return getEstablishmentCountry().map(c -> c.isEuMemberStateOn(date)).orElse(false);
  }

  /**
   * Whether the party is established in an EEA state on the given day (the wider reading of A.4.3).
   *
   * @param date the day asked about, in the contract's zone
   * @return {@code true} if the establishment country was an EEA state on {@code date}
   */
  public final boolean isEstablishedInEeaOn(LocalDate date) {
    return getEstablishmentCountry().map(c -> c.isEeaStateOn(date)).orElse(false);
  }
}
