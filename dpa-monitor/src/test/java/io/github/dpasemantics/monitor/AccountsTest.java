package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.breach;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.event.DpaEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The column store of a full engine's accounts gives back, row by row, what each working record held. */
class AccountsTest {
  private static final LocalDate D = LocalDate.of(2024, 3, 1);
  private static final ClauseId C73 = ClauseId.parse("7.3");
  private static final ClauseId C63 = ClauseId.parse("6.3");

  /** Row {@code k}'s record: its values, effects and flags all depend on {@code k}. */
  private static Acct record(Acct a, int k) {
    DpaEvent e = breach("e" + k, D.plusDays(k), "inc-" + k);
    a.reset(e);
    int kind = k % 4;
    if (kind >= 1 && k % 7 == 0) { // the first effect on an obligation instance (its id is built when shown)
      a.add(EffectKind.CREATED, incident(k, "inc-" + k), C73);
    } else if (kind >= 1) {
      a.add(EffectKind.values()[k % EffectKind.values().length], "incident:", "inc-" + k, C73);
    }
    if (kind >= 2) {
      EffectKind second = EffectKind.values()[(k + 3) % EffectKind.values().length];
      switch ((k / 4) % 4) {
        case 0: // on an instance under its own clause: the row keeps the target and kind alone
          a.add(second, incident(k, "second-" + k), C73);
          break;
        case 1: // on a right under its own clause: the same
          a.add(second, new Right(RightKind.OBJECT_TO_SUBPROCESSOR, "6.3-objection", "sub-" + k, e, D, D.plusDays(5),
              MonitorCode.values()[1], new Object[] {"sub-" + k}), C63);
          break;
        case 2: // on an instance under another clause: the row keeps the effect
          a.add(second, incident(k, "other-" + k), C63);
          break;
        default:
          a.add(EffectKind.RECORDED, "fact-" + k, null, C63);
      }
    }
    if (kind == 3) {
      a.add(EffectKind.CREATED, "third", null, C73);
    }
    Object[] values = new Object[k % 5]; // 0 to 4 values: inline (up to 3) and spilled
    for (int i = 0; i < values.length; i++) {
      values[i] = i % 2 == 0 ? "v" + k + "-" + i : D.plusDays(i);
    }
    a.unmatched = k % 5 == 0;
    a.because(ExplainedTest.withSlots(values.length, k), values);
    return a;
  }

  private static Inst incident(int k, String subject) {
    return new Inst(ObligationKind.INCIDENT_NOTICE, subject, "e" + k, D.plusDays(k), ObligationState.ACTIVE,
        ExplainedTest.withSlots(0, 0), new Object[0]);
  }

  /** Adds rows {@code from} to {@code to - 1}, each from its record, and the record's account to {@code expected}. */
  private static void addRows(Accounts table, int from, int to, List<EventAccount> expected) {
    Acct a = new Acct(breach("-", D, "-"));
    for (int k = from; k < to; k++) {
      expected.add(record(a, k).toAccount());
      table.add(a);
    }
  }

  /** Every row, read one by one and all together, is the account of its record. */
  private static void assertRows(List<EventAccount> expected, Accounts table) {
    assertEquals(expected.size(), table.size());
    for (int k = 0; k < expected.size(); k++) {
      assertEquals(expected.get(k), table.account(k), "row " + k);
    }
    assertEquals(expected, table.accounts());
  }

  @Test
  @DisplayName("every row is the account its record would give, across growth, inline and spilled reason values")
  void rowsAreTheirRecords() {
    Accounts table = new Accounts();
    List<EventAccount> expected = new ArrayList<>();
    addRows(table, 0, 100, expected);
    assertRows(expected, table);
  }

  @Test
  @DisplayName("making room for a batch keeps the rows already there")
  void ensureCapacityKeepsRows() {
    Accounts table = new Accounts();
    List<EventAccount> expected = new ArrayList<>();
    addRows(table, 0, 5, expected);
    table.ensureCapacity(50);
    addRows(table, 5, 50, expected);
    assertRows(expected, table);
  }
}
