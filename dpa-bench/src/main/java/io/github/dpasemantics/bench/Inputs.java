package io.github.dpasemantics.bench;

import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.model.event.SecurityEffect;
import io.github.dpasemantics.model.event.SecurityEventNature;
import io.github.dpasemantics.policy.California.Act;
import io.github.dpasemantics.policy.California.Purpose;
import io.github.dpasemantics.policy.fact.AffectedData;
import io.github.dpasemantics.policy.fact.Breach;
import io.github.dpasemantics.policy.fact.Confirmation;
import io.github.dpasemantics.policy.fact.Form;
import io.github.dpasemantics.policy.fact.MaterialChangeConfirmation;
import io.github.dpasemantics.policy.fact.ReportCoverage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The generated inputs every benchmark, floor and Drools agreement check share: one record type per
 * policy family and a deterministic generator for each (a seed gives the same inputs every run).
 *
 * <p>Each generator draws its values around the rule's boundaries as well as far from them, so the
 * timed loop takes every branch and the agreement checks hit the boundary rows: the last timely
 * day, the day after, the day before; requests on the Agreement's last day and one on either side;
 * 29 February and month ends for the 12-month look-back; empty and full effect sets.
 *
 * <p>All inputs are for the Segment preset terms and the default readings (the floors and the DRL
 * rules hard-code those, as a hand-written rule would).
 */
public final class Inputs {
  /** How many inputs a benchmark cycles through (a power of two, see {@link #MASK}). */
  public static final int SIZE = 1024;
  /** {@code index & MASK} cycles through {@link #SIZE} inputs. */
  public static final int MASK = SIZE - 1;

  private static final LocalDate FROM = LocalDate.of(2019, 1, 1);
  private static final int SPAN_DAYS = 8 * 365;
  private static final SecurityEffect[] EFFECTS = SecurityEffect.values();
  // the six natures the inputs always drew from, in the same order, so the generated inputs are unchanged
  private static final SecurityEventNature[] ATTACKS = {SecurityEventNature.UNSUCCESSFUL_LOGIN, SecurityEventNature.PING,
      SecurityEventNature.PORT_SCAN, SecurityEventNature.DENIAL_OF_SERVICE, SecurityEventNature.OTHER_NETWORK_ATTACK,
      SecurityEventNature.OTHER};
  private static final Act[] ACTS = Act.values();
  private static final Purpose[] PURPOSES = Purpose.values();

  private Inputs() {}

  /** 2.9: the facts of a security event. */
  public record Incident(boolean confirmed, boolean breachOfSecurity, Set<SecurityEffect> effects,
      boolean personalDataProcessedBySegment, SecurityEventNature attack) {
    /** The confirmation as the policy's named fact. */
    public Confirmation confirmation() {
      return Confirmation.of(confirmed);
    }

    /** The breach of security as the policy's named fact. */
    public Breach breach() {
      return Breach.of(breachOfSecurity);
    }

    /** The data affected as the policy's named fact. */
    public AffectedData affectedData() {
      return AffectedData.of(personalDataProcessedBySegment);
    }
  }

  /** 6.3: a notice day and an objection (its day, whether written, on what grounds). */
  public record Objection(LocalDate notice, LocalDate objection, Form form, ObjectionGrounds grounds) {}

  /** 6.3: a notice day and the day the new Third Party Subprocessor first processes. */
  public record Notice(LocalDate notice, LocalDate firstProcessing) {}

  /** 9.1: a deletion request and the Agreement's last day. */
  public record Deletion(LocalDate request, LocalDate agreementEnd) {}

  /** A.2.2.2: an audit request, the days of earlier audits, whether the law grants an audit right. */
  public record Audit(LocalDate request, List<LocalDate> earlierAudits, boolean auditRightUnderLaw) {}

  /** A.2.2.2: a Third Party Report's issue day, the request day and the two other conditions. */
  public record Report(LocalDate issued, LocalDate request, ReportCoverage coverage, MaterialChangeConfirmation confirmation) {}

  /** B.3: an act, its purpose, and whether it stays within the direct business relationship. */
  public record Ccpa(Act act, Purpose purpose, boolean withinRelationship) {}

  private static LocalDate day(Random r) {
    // one draw in eight is a month end or 29 February, where month arithmetic is tricky
    if (r.nextInt(8) == 0) {
      int year = 2019 + r.nextInt(8);
      return r.nextBoolean() && year % 4 == 0 ? LocalDate.of(year, 2, 29)
          : LocalDate.of(year, 1 + r.nextInt(12), 1).plusMonths(1).minusDays(1);
    }
    return FROM.plusDays(r.nextInt(SPAN_DAYS));
  }

  /** Returns {@code n} security-event facts from {@code seed}: about half are Security Incidents. */
  public static Incident[] incidents(long seed, int n) {
    Random r = new Random(seed);
    Incident[] out = new Incident[n];
    for (int i = 0; i < n; i++) {
      // each condition holds 7 times in 8 so that every combination, and yes, occurs often
      Set<SecurityEffect> effects = EnumSet.noneOf(SecurityEffect.class);
      if (r.nextInt(8) != 0) {
        int k = 1 + r.nextInt(3);
        for (int j = 0; j < k; j++) {
          effects.add(EFFECTS[r.nextInt(EFFECTS.length)]);
        }
      }
      out[i] = new Incident(r.nextInt(8) != 0, r.nextInt(8) != 0, Collections.unmodifiableSet(effects),
          r.nextInt(8) != 0, ATTACKS[r.nextInt(ATTACKS.length)]);
    }
    return out;
  }

  /** Returns {@code n} objections from {@code seed}, dated from 2 days before notice to 8 days after. */
  public static Objection[] objections(long seed, int n) {
    Random r = new Random(seed);
    Objection[] out = new Objection[n];
    for (int i = 0; i < n; i++) {
      LocalDate notice = day(r);
      int offset = r.nextInt(11) - 2; // -2..8: before, on, inside, on the 5th day, the 6th, later
      out[i] = new Objection(notice, notice.plusDays(offset), r.nextInt(6) != 0 ? Form.IN_WRITING : Form.NOT_IN_WRITING,
          r.nextInt(6) != 0 ? ObjectionGrounds.REASONABLE_DATA_PROTECTION : ObjectionGrounds.OTHER);
    }
    return out;
  }

  /** Returns {@code n} notices from {@code seed}, given 0 to 20 days before first processing. */
  public static Notice[] notices(long seed, int n) {
    Random r = new Random(seed);
    Notice[] out = new Notice[n];
    for (int i = 0; i < n; i++) {
      LocalDate first = day(r);
      out[i] = new Notice(first.minusDays(r.nextInt(21)), first); // 9, 10 and 11 days all occur
    }
    return out;
  }

  /** Returns {@code n} deletion requests from {@code seed}, from 30 days before the Agreement's end to 90 after. */
  public static Deletion[] deletions(long seed, int n) {
    Random r = new Random(seed);
    Deletion[] out = new Deletion[n];
    for (int i = 0; i < n; i++) {
      LocalDate end = day(r);
      int offset = r.nextInt(4) == 0 ? r.nextInt(3) - 1 : r.nextInt(121) - 30; // -1, 0, +1 often
      out[i] = new Deletion(end.plusDays(offset), end);
    }
    return out;
  }

  /** Returns {@code n} audit requests from {@code seed}, each with 0 to 3 earlier audits within about two years. */
  public static Audit[] audits(long seed, int n) {
    Random r = new Random(seed);
    Audit[] out = new Audit[n];
    for (int i = 0; i < n; i++) {
      LocalDate request = day(r);
      int k = r.nextInt(4);
      List<LocalDate> earlier = new ArrayList<>(k);
      for (int j = 0; j < k; j++) {
        // 1 January, 31 December and the request day itself are boundaries of "per calendar year"
        int pick = r.nextInt(5);
        earlier.add(pick == 0 ? LocalDate.of(request.getYear(), 1, 1)
            : pick == 1 ? LocalDate.of(request.getYear() - 1, 12, 31)
            : pick == 2 ? request
            : request.minusDays(r.nextInt(730) - 30));
      }
      out[i] = new Audit(request, List.copyOf(earlier), r.nextInt(8) != 0);
    }
    return out;
  }

  /** Returns {@code n} report questions from {@code seed}, issued from 14 months before the request to 1 day after. */
  public static Report[] reports(long seed, int n) {
    Random r = new Random(seed);
    Report[] out = new Report[n];
    for (int i = 0; i < n; i++) {
      LocalDate request = day(r);
      LocalDate start = request.minusMonths(12);
      int pick = r.nextInt(6);
      LocalDate issued = pick == 0 ? start
          : pick == 1 ? start.minusDays(1)
          : pick == 2 ? request.plusDays(r.nextInt(2))
          : request.minusDays(r.nextInt(430));
      out[i] = new Report(issued, request, r.nextInt(6) != 0 ? ReportCoverage.ADDRESSES_REQUEST : ReportCoverage.DOES_NOT_ADDRESS_REQUEST,
          r.nextInt(6) != 0 ? MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED : MaterialChangeConfirmation.NOT_CONFIRMED);
    }
    return out;
  }

  /** Returns {@code n} CCPA questions from {@code seed}, every act, purpose and relationship flag. */
  public static Ccpa[] ccpa(long seed, int n) {
    Random r = new Random(seed);
    Ccpa[] out = new Ccpa[n];
    for (int i = 0; i < n; i++) {
      out[i] = new Ccpa(ACTS[r.nextInt(ACTS.length)], PURPOSES[r.nextInt(PURPOSES.length)], r.nextInt(4) != 0);
    }
    return out;
  }
}
