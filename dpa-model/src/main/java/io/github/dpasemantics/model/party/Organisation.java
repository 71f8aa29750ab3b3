package io.github.dpasemantics.model.party;

import io.github.dpasemantics.model.data.CountryCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An entity in the sense of the Affiliate definition (2.1): a company or other body that can
 * control, or be controlled by, another. An organisation's id is the same as the {@link Party}
 * id when the organisation is also a party (Segment, the Customer, a Subprocessor).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Organisation implements WithOrganisation {

  Organisation() {}

  /**
   * An organisation with no known country.
   *
   * @param id the organisation id, matching {@link Party#ID_PATTERN}
   * @param name the organisation's name
   * @return the organisation, with no establishment country
   */
  public static Organisation of(String id, String name) {
    Objects.requireNonNull(id, "Organisation.of: id must not be null");
    Objects.requireNonNull(name, "Organisation.of: name must not be null");
    return ImmutableOrganisation.builder().id(id).name(name).build();
  }

  /**
   * The organisation behind a party: same id, name and country.
   *
   * @param party the party, e.g. Segment, the Customer or a Subprocessor
   * @return an organisation with the party's id, name and establishment country
   */
  public static Organisation from(Party party) {
    Objects.requireNonNull(party, "Organisation.from: party must not be null");
    return ImmutableOrganisation.builder()
        .id(party.getId())
        .name(party.getName())
        .establishmentCountry(party.getEstablishmentCountry())
        .build();
  }

  /**
   * A new builder.
   *
   * <p>Required: id, name; optional: establishmentCountry.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Organisation}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}
  }

  /**
   * The id, matching {@link Party#ID_PATTERN}.
   *
   * @return the id, never blank
   */
  @NotBlank(message = "Organisation.id = '${validatedValue}': must not be blank")
  @Pattern(
      regexp = Party.ID_PATTERN,
      message = "Organisation.id = '${validatedValue}': must start with a letter or digit and"
          + " contain only letters, digits and . _ : -")
  public abstract String getId();

  /**
   * The organisation's name, e.g. "Twilio Inc.".
   *
   * @return the name, never blank
   */
  @NotBlank(message = "Organisation.name = '${validatedValue}': must not be blank")
  public abstract String getName();

  /**
   * Where the organisation is established, if known.
   *
   * @return the country, or empty if unknown
   */
  public abstract Optional<CountryCode> getEstablishmentCountry();
}
