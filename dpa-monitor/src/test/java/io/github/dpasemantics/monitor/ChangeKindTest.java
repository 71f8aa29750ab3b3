package io.github.dpasemantics.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChangeKindTest {

  @Test
  @DisplayName("every effect but a recorded fact is the change of the same name; a recorded fact changes nothing")
  void effectsMapToChangesByName() {
    for (EffectKind effect : EffectKind.values()) {
      if (effect == EffectKind.RECORDED) {
        assertNull(ChangeKind.of(effect));
      } else {
        assertEquals(effect.name(), ChangeKind.of(effect).name(), effect::toString);
      }
    }
  }
}
