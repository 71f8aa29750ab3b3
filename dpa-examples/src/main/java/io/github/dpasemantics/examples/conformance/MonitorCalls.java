package io.github.dpasemantics.examples.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dpasemantics.monitor.ObligationKind;
import io.github.dpasemantics.monitor.RightKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The runner's one door to the obligation monitor: replays a timeline exactly as {@code dpa monitor
 * - --as-of DATE --format json} does (the command line is called in process with the timeline on
 * its standard input) and reads the obligations and open rights of the state it reports, with the
 * norm id of each. Readings are applied by adding their names to the contract's
 * {@code interpretations}, as a timeline would. Nothing else in the conformance package knows the
 * monitor, so moving or changing it is a change of this class only.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class MonitorCalls {
  private static final ObjectMapper JSON = new ObjectMapper();

  private MonitorCalls() {}

  /**
   * Returns the ids of the norms the monitor tracks as obligation instances, in catalogue order.
   *
   * @return the norm ids
   */
  public static List<String> obligationNorms() {
    return Arrays.stream(ObligationKind.values()).map(k -> k.getNorm().getId()).distinct().toList();
  }

  /**
   * Returns the ids of the norms the monitor tracks as rights.
   *
   * @return the norm ids
   */
  public static List<String> rightNorms() {
    return Arrays.stream(RightKind.values()).map(k -> k.getNorm().getId()).distinct().toList();
  }

  /**
   * Replays a timeline and reports the state as of a date.
   *
   * @param timelineJson the timeline document, JSON text
   * @param asOf the date, {@code YYYY-MM-DD}, or null for the timeline's own
   * @param readings the non-default readings to apply, by name
   * @return the state, or the refusal of the timeline
   */
  public static Observed replay(String timelineJson, @Nullable String asOf, List<String> readings) {
    String text = timelineJson;
    if (!readings.isEmpty()) {
      try {
        JsonNode doc = JSON.readTree(timelineJson);
        if (doc.path("contract").isObject()) {
          ObjectNode contract = (ObjectNode) doc.get("contract");
          ArrayNode chosen = contract.path("interpretations").isArray() ? (ArrayNode) contract.get("interpretations")
              : contract.putArray("interpretations");
          for (String r : readings) {
            boolean present = false;
            for (JsonNode x : chosen) {
              present |= x.asText().equals(r);
            }
            if (!present) {
              chosen.add(r);
            }
          }
          text = JSON.writeValueAsString(doc);
        }
      } catch (IOException e) {
        return Observed.refused("the timeline is not JSON: " + e.getMessage());
      }
    }
    List<String> args = new ArrayList<>(List.of("monitor", "-", "--format", "json"));
    if (asOf != null) {
      args.add("--as-of");
      args.add(asOf);
    }
    JsonCommand run = JsonCommand.run(text, args);
    JsonNode state = run.output();
    if (state == null) {
      return Observed.refused(String.valueOf(run.refusal()));
    }
    Set<String> cited = new LinkedHashSet<>();
    List<Reason> reasons = new ArrayList<>();
    List<Obligation> obligations = new ArrayList<>();
    for (JsonNode o : state.path("obligations")) {
      String clause = o.path("clause").asText();
      cited.add(clause);
      o.path("decision").path("clauses").forEach(c -> cited.add(c.asText()));
      obligations.add(new Obligation(ObligationKind.valueOf(o.path("kind").asText()).getNorm().getId(), clause,
          text(o, "subject"), o.path("state").asText(), text(o, "timeliness"), text(o, "dueDate"), o.path("id").asText()));
    }
    List<Right> rights = new ArrayList<>();
    for (JsonNode r : state.path("openRights")) {
      String clause = r.path("clause").asText();
      cited.add(clause);
      rights.add(new Right(RightKind.valueOf(r.path("kind").asText()).getNorm().getId(), clause, text(r, "subject"),
          text(r, "lapsesAfter")));
    }
    for (JsonNode e : state.path("events")) {
      JsonNode reason = e.path("reason");
      if (reason.hasNonNull("clause")) {
        cited.add(reason.get("clause").asText());
      }
      if (reason.hasNonNull("text")) {
        reasons.add(new Reason(reason.path("clause").asText(), e.path("id").asText() + ": " + reason.get("text").asText()));
      }
      e.path("effects").forEach(x -> cited.add(x.path("clause").asText()));
    }
    return new Observed(List.copyOf(obligations), List.copyOf(rights), List.copyOf(cited), List.copyOf(reasons), null);
  }

  private static @Nullable String text(JsonNode o, String field) {
    return o.hasNonNull(field) ? o.get(field).asText() : null;
  }

  /**
   * The monitor's state as the runner compares it.
   *
   * @param obligations every obligation instance
   * @param rights the rights open as of the date
   * @param cited every clause the state cites
   * @param reasons the reasons the events give
   * @param refusal why the timeline was refused, or null
   */
  public record Observed(List<Obligation> obligations, List<Right> rights, List<String> cited, List<Reason> reasons,
      @Nullable String refusal) {
    static Observed refused(String why) {
      return new Observed(List.of(), List.of(), List.of(), List.of(), why);
    }

    /**
     * Returns the explanation about some clauses: the reasons the events give that cite one of
     * them, or every reason if none does.
     *
     * @param clauses the clauses a case is about
     * @return the reasons in words, joined
     */
    public String explanation(List<String> clauses) {
      List<String> about = reasons.stream().filter(r -> clauses.contains(r.clause())).map(Reason::text).toList();
      return String.join("; ", about.isEmpty() ? reasons.stream().map(Reason::text).toList() : about);
    }
  }

  /**
   * The reason an event gives.
   *
   * @param clause the clause it cites
   * @param text the event id and the reason in words
   */
  public record Reason(String clause, String text) {}

  /**
   * One obligation instance.
   *
   * @param norm the norm id
   * @param clause the clause id
   * @param subject the matter, or null
   * @param state the state's name
   * @param timeliness the judgement of when it was met, or null where the monitor gives none
   * @param due the due date, or null
   * @param id the instance id
   */
  public record Obligation(String norm, String clause, @Nullable String subject, String state,
      @Nullable String timeliness, @Nullable String due, String id) {
    /** The instance in words, for messages. */
    String describe() {
      return norm + (subject == null ? "" : "(" + subject + ")") + " " + state
          + (timeliness == null ? "" : " " + timeliness) + (due == null ? "" : " due " + due);
    }
  }

  /**
   * One open right.
   *
   * @param norm the norm id
   * @param clause the clause id
   * @param subject the matter, or null
   * @param until the last day it can be exercised, or null
   */
  public record Right(String norm, String clause, @Nullable String subject, @Nullable String until) {
    /** The right in words, for messages. */
    String describe() {
      return norm + (subject == null ? "" : "(" + subject + ")") + (until == null ? "" : " until " + until);
    }
  }
}
