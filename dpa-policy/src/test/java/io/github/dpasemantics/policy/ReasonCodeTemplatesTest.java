package io.github.dpasemantics.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.clause.ClauseCatalog;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The reason codes of Definitions, Scope, Processing, Security and DataSubjects. */
class ReasonCodeTemplatesTest {
  private static final List<Class<? extends ReasonCode>> CODES = List.of(Definitions.Code.class, Scope.Code.class,
      Processing.Code.class, Security.Code.class, DataSubjects.Code.class);

  @Test
  @DisplayName("every reason code cites a clause of the catalogue and has a sentence template that MessageFormat accepts")
  void templates() {
    for (Class<? extends ReasonCode> type : CODES) {
      for (ReasonCode c : type.getEnumConstants()) {
        String where = type.getName() + "." + c.name();
        assertTrue(ClauseCatalog.segmentDpa().contains(c.clause()), where);
        assertTrue(c.template().length() > 20, where + " has a sentence");
        String text = new MessageFormat(c.template().replace("'", "''"), Locale.ROOT).format(new Object[] {"a", "b", "c", "d", "e"});
        assertTrue(!text.contains("{"), where);
        assertEquals(c.clause() + ": " + text, Reason.of(c, "a", "b", "c", "d", "e").getText(), where);
      }
    }
  }
}
