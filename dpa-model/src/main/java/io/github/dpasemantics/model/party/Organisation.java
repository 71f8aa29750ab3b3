package io.github.dpasemantics.model.party;

import io.github.dpasemantics.model.data.CountryCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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
public abstract class Organisation {

  Organisation() {}

  /** An organisation with no known country. */
  public static Organisation of(String id, String name) {
    return ImmutableOrganisation.builder().id(id).name(name).build();
  }

  /** The organisation behind a party: same id, name and country. */
  public static Organisation from(Party party) {
    return ImmutableOrganisation.builder()
        .id(party.getId())
        .name(party.getName())
        .establishmentCountry(party.getEstablishmentCountry())
        .build();
  }

  /** A new builder. */
  public static ImmutableOrganisation.Builder builder() {
    return ImmutableOrganisation.builder();
  }

  /** The id, matching {@link Party#ID_PATTERN}. */
  @NotBlank(message = "Organisation.id = '${validatedValue}': must not be blank")
  @Pattern(
      regexp = Party.ID_PATTERN,
      message = "Organisation.id = '${validatedValue}': must start with a letter or digit and"
          + " contain only letters, digits and . _ : -")
  public abstract String getId();

  /** The name. */
  @NotBlank(message = "Organisation.name = '${validatedValue}': must not be blank")
  public abstract String getName();

  /** Where the organisation is established, if known. */
  public abstract Optional<CountryCode> getEstablishmentCountry();
}
