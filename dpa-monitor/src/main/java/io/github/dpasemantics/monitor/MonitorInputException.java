package io.github.dpasemantics.monitor;

/**
 * A refused input event: a duplicate id, a date before the Addendum exists, or an actor that may
 * not perform the event. The message names
 * the event, the field, the value and the rule; the getters give them to programs. A monitor's
 * state is unchanged by a refused event.
 */
public final class MonitorInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The id of the refused event. */
  private final String eventId;

  /** The field of the event that broke the rule. */
  private final String field;

  /** The rule the event broke, in words. */
  private final String rule;

  MonitorInputException(String eventId, String field, String value, String rule) {
    super("event '" + eventId + "': " + field + " = " + value + ": " + rule);
    this.eventId = eventId;
    this.field = field;
    this.rule = rule;
  }

  /** The same refusal, met in a fleet batch: the message also names the contract and the event's index in the batch. */
  MonitorInputException(MonitorInputException refused, String contractId, int index) {
    super("contract '" + contractId + "', batch index " + index + ": " + refused.getMessage(), refused);
    this.eventId = refused.eventId;
    this.field = refused.field;
    this.rule = refused.rule;
  }

  /**
   * Returns the id of the refused event.
   *
   * @return the event id
   */
  public String getEventId() {
    return eventId;
  }

  /**
   * Returns the field of the event that broke the rule, e.g. {@code "id"}, {@code "date"},
   * {@code "actor"}.
   *
   * @return the field name
   */
  public String getField() {
    return field;
  }

  /**
   * Returns the rule that was broken, in words with its clause where there is one.
   *
   * @return the rule
   */
  public String getRule() {
    return rule;
  }
}
