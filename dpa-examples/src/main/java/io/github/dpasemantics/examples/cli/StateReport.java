package io.github.dpasemantics.examples.cli;

import io.github.dpasemantics.json.Text;
import io.github.dpasemantics.json.Timeline;
import io.github.dpasemantics.policy.ContractTime;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.policy.Decision;
import io.github.dpasemantics.policy.Reason;
import io.github.dpasemantics.monitor.ContractState;
import io.github.dpasemantics.monitor.EventAccount;
import io.github.dpasemantics.monitor.ObligationInstance;
import io.github.dpasemantics.monitor.ObligationState;
import io.github.dpasemantics.monitor.OpenRight;
import io.github.dpasemantics.monitor.UpcomingDeadline;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders the monitor's {@link ContractState} for people (aligned text, each line citing its
 * clause); for machines, {@code MonitorOutput} (dpa-json) is the JSON form.
 */
final class StateReport {
  private static final int CLAUSE = 8;
  private static final int PARTY = 9;
  private static final int WHEN = 30;

  private StateReport() {}

  /**
   * The text report: open obligations, missed, met, open rights, upcoming deadlines, unmatched
   * events. When the Addendum has ended, {@code lastDay} is the state on the Agreement's last day
   * in force, whose open rights are shown as the ones that lapsed with it. Dates the timeline gave
   * as instants are listed with their conversion into the contract's zone.
   */
  static String text(Timeline timeline, ContractState state, Optional<ContractState> lastDay, DpaTerms terms,
      List<ContractTime.DateInput> dates, Style s) {
    LocalDate asOf = state.getAsOf();
    StringBuilder sb = new StringBuilder();
    String title = safe(timeline.title().orElse("Contract " + state.getContractId()));
    sb.append(s.bold(title)).append(s.dim("  (contract " + safe(state.getContractId()) + ")")).append('\n');
    sb.append("Where the contract stands as of ").append(s.bold(asOf.toString())).append(": ");
    sb.append(state.isAddendumInForce() ? "the Addendum is in force"
        : state.getAgreementEnd().map(d -> "the Agreement ended on " + d + ", and with it the Addendum (3.4)")
            .orElse("the Addendum is not in force"));
    sb.append(".\n");
    for (ContractTime.DateInput d : dates) {
      sb.append(s.dim("date given as an instant: " + safe(d.explain().orElse(d.field())))).append('\n');
    }
    List<ObligationInstance> all = state.getObligations();
    long events = state.getAccounts().size();
    sb.append(s.dim(events + " events replayed; " + count(all, ObligationState.FULFILLED) + " obligations met, "
        + count(all, ObligationState.VIOLATED) + " missed, " + state.getOpenObligations().size() + " open, "
        + count(all, ObligationState.DISCHARGED) + " discharged; " + state.getOpenRights().size() + " rights open; "
        + state.getUnmatched().size() + (state.getUnmatched().size() == 1 ? " event" : " events")
        + " created nothing.")).append("\n");

    List<ObligationInstance> open = new ArrayList<>(state.getOpenObligations());
    open.sort(Comparator.comparing((ObligationInstance o) -> o.getDueDate().orElse(LocalDate.MAX))
        .thenComparing(ObligationInstance::getId));
    section(sb, s, "OPEN OBLIGATIONS", open.size());
    for (ObligationInstance o : open) {
      String when;
      if (o.getDueDate().isPresent()) {
        LocalDate due = o.getDueDate().get();
        long days = ChronoUnit.DAYS.between(asOf, due);
        when = s.yellow("due " + due) + s.dim(days == 0 ? " (today)" : " (in " + days + (days == 1 ? " day)" : " days)"));
      } else {
        when = s.yellow(safe(o.getDeadlineRule().describe(terms))) + timeliness(o).map(t -> s.dim(" (" + safe(t) + ")")).orElse("");
      }
      line(sb, s, o.getClause().toString(), o.getBearer(), duty(o), when, o.getState() == ObligationState.ACTIVE ? ""
          : o.getState().name().toLowerCase(Locale.ROOT));
      because(sb, s, o.getDecision());
    }
    List<ObligationInstance> missed = state.getObligations(ObligationState.VIOLATED);
    section(sb, s, "MISSED", missed.size());
    for (ObligationInstance o : missed) {
      String when = o.getDueDate().map(d -> "due " + d).orElse("missed on " + o.getMovedOn())
          + (o.getMissedByDays().isPresent() ? ", late by " + o.getMissedByDays().getAsLong() + "d" : "");
      line(sb, s, o.getClause().toString(), o.getBearer(), duty(o), s.red(when), "");
      because(sb, s, o.getDecision());
    }
    List<ObligationInstance> met = state.getObligations(ObligationState.FULFILLED);
    section(sb, s, "MET", met.size());
    for (ObligationInstance o : met) {
      String when = "met " + o.getMovedOn() + o.getDueDate().map(d -> ", due " + d).orElse("")
          + timeliness(o).map(t -> ", " + t).orElse("");
      line(sb, s, o.getClause().toString(), o.getBearer(), duty(o), s.green(when), "");
    }
    List<ObligationInstance> discharged = state.getObligations(ObligationState.DISCHARGED);
    if (!discharged.isEmpty()) {
      section(sb, s, "DISCHARGED", discharged.size());
      for (ObligationInstance o : discharged) {
        line(sb, s, o.getClause().toString(), o.getBearer(), duty(o), "discharged " + o.getMovedOn(), "");
        because(sb, s, o.getDecision());
      }
    }
    List<OpenRight> rights = state.getOpenRights();
    section(sb, s, "OPEN RIGHTS", rights.size());
    for (OpenRight r : rights) {
      String when = r.getLapsesAfter().map(d -> s.yellow("until " + d)
          + s.dim(" (" + ChronoUnit.DAYS.between(asOf, d) + " days left)")).orElse(s.dim("no time limit in the text"));
      line(sb, s, r.getClause().toString(), r.getHolder(), right(r), when, "");
    }
    if (rights.isEmpty() && !state.isAddendumInForce()) {
      List<OpenRight> lapsed = lastDay.map(ContractState::getOpenRights).orElse(List.of());
      String end = state.getAgreementEnd().map(LocalDate::toString).orElse("its end");
      if (lapsed.isEmpty()) {
        sb.append(s.dim("  (the rights of the Addendum ended with it on " + end + ")")).append('\n');
      } else {
        sb.append(s.dim("  open on " + end + ", the Agreement's last day (see --as-of " + end + "):")).append('\n');
        for (OpenRight r : lapsed) {
          String until = r.getLapsesAfter().map(d -> "until " + d).orElse("no time limit in the text");
          line(sb, s, r.getClause().toString(), r.getHolder(), right(r), s.dim(until), "");
        }
      }
    }
    List<UpcomingDeadline> upcoming = state.getUpcomingDeadlines();
    if (!upcoming.isEmpty()) {
      section(sb, s, "UPCOMING", upcoming.size());
      for (UpcomingDeadline d : upcoming) {
        sb.append("  ").append(s.yellow(d.getDate().toString())).append("  ").append(Style.pad(s.cyan(d.getClause()
            .toString()), CLAUSE)).append(safe(d.getWhat())).append('\n');
      }
    }
    List<EventAccount> unmatched = state.getUnmatched();
    section(sb, s, "EVENTS THAT CREATED NOTHING", unmatched.size());
    for (EventAccount a : unmatched) {
      Reason r = a.getReason();
      sb.append("  ").append(Style.pad(s.cyan(r.getClause().toString()), CLAUSE)).append(a.getDate()).append("  ")
          .append(safe(a.getEventId())).append(": ").append(safe(stripClause(r.getText()))).append('\n');
    }
    sb.append('\n').append(s.dim("Each line cites its clause: 'dpa clause 6.3' shows the text. JSON: --format json; "
        + "a page with a timeline: --format html."));
    return sb.toString();
  }

  private static long count(List<ObligationInstance> all, ObligationState state) {
    return all.stream().filter(o -> o.getState() == state).count();
  }

  private static String right(OpenRight r) {
    return safe(r.getKind().getPower() + r.getSubject().map(x -> " (" + x + ")").orElse(""));
  }

  private static String duty(ObligationInstance o) {
    return safe(o.getKind().getDuty() + o.getSubject().map(x -> " (" + x + ")").orElse(""));
  }

  private static void section(StringBuilder sb, Style s, String title, int n) {
    sb.append('\n').append(s.bold(title)).append(s.dim(" (" + n + ")")).append('\n');
    if (n == 0) {
      sb.append(s.dim("  none")).append('\n');
    }
  }

  private static void line(StringBuilder sb, Style s, String clause, PartyKind who, String what, String when,
      String note) {
    sb.append("  ").append(Style.pad(s.cyan(clause), CLAUSE)).append(Style.pad(party(who), PARTY))
        .append(Style.pad(when, WHEN)).append("  ").append(what);
    if (!note.isEmpty()) {
      sb.append(s.dim("  [" + note + "]"));
    }
    sb.append('\n');
  }

  private static void because(StringBuilder sb, Style s, Decision<?> d) {
    List<Reason> reasons = d.getReasons();
    if (!reasons.isEmpty()) {
      Reason last = reasons.get(reasons.size() - 1);
      String indent = " ".repeat(2 + CLAUSE + PARTY + WHEN + 2);
      sb.append(s.dim(Render.wrap("because " + safe(last.getText()), 118 - indent.length(), indent))).append('\n');
    }
  }

  /**
   * Text that may hold input (ids, titles, subjects, reasons quoting them) on one line with its
   * control characters escaped: input can neither forge report lines nor drive the terminal.
   */
  static String safe(String text) {
    return Text.oneLine(text);
  }

  private static String stripClause(String text) {
    int colon = text.indexOf(": ");
    return colon > 0 && colon < 12 ? text.substring(colon + 2) : text;
  }

  static String party(PartyKind p) {
    String n = p.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  /**
   * The monitor's judgement of when a duty was met, in words ({@code Timeliness} and its days),
   * e.g. "delay not excused: 183 days" for a 7.3 notice six months late with no excuse on record.
   */
  static java.util.Optional<String> timeliness(ObligationInstance o) {
    long days = o.getTimelinessDays().orElse(0);
    String plural = days == 1 ? " day" : " days";
    return o.getTimeliness().map(t -> {
      switch (t) {
        case ON_TIME:
          return "on time";
        case LATE:
          return "late by " + days + plural;
        case DELAY_EXCUSED:
          return "delay excused";
        case DELAY_NOT_EXCUSED:
          return "delay not excused: " + days + plural;
        default:
          return "pending for " + days + plural;
      }
    });
  }
}
