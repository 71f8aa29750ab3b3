package io.github.dpasemantics.policy.testing;

import static org.quicktheories.generators.SourceDSL.arbitrary;

import io.github.dpasemantics.model.data.DataCategory;
import io.github.dpasemantics.policy.California;
import org.quicktheories.core.Gen;

/** Generators for the California Annex (B): the one place for them. */
public final class CaliforniaGenerators {
  private CaliforniaGenerators() {}

  /** Any act of B.3. */
  public static Gen<California.Act> acts() {
    return arbitrary().enumValues(California.Act.class);
  }

  /** Any purpose of B.3 / B.4. */
  public static Gen<California.Purpose> purposes() {
    return arbitrary().enumValues(California.Purpose.class);
  }

  /** Any data category. */
  public static Gen<DataCategory> categories() {
    return arbitrary().enumValues(DataCategory.class);
  }
}
