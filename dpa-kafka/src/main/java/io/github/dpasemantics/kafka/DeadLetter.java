package io.github.dpasemantics.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * A record the topology could not apply, as written to the dead-letter topic: why (its kind and
 * reason in words), where it came from (topic, partition, offset), what it concerned (contract,
 * event id, the field or JSON path and the rule it broke, where known) and the original payload, so
 * that nothing is lost and the record can be corrected and produced again.
 *
 * <p>JSON: {@code {"kind", "reason", "topic", "partition", "offset", "contract"?, "eventId"?,
 * "field"?, "rule"?, "payload"? | "payloadBase64"?}}; the payload is the original value as text
 * when it is UTF-8, and in Base64 otherwise. This class is immutable and thread-safe.
 *
 * @param kind what kind of bad input it was
 * @param reason why it was refused, one line
 * @param topic the topic it was read from
 * @param partition its partition
 * @param offset its offset
 * @param contract the contract id (the record's key), if it had one
 * @param eventId the event's id, if the payload was read far enough to know it
 * @param field the field or JSON path at fault, if known
 * @param rule the rule broken, if known
 * @param payload the original value, if it had one
 */
public record DeadLetter(Kind kind, String reason, String topic, int partition, long offset, Optional<String> contract,
    Optional<String> eventId, Optional<String> field, Optional<String> rule, Optional<byte[]> payload) {

  /** The kinds of input the topology refuses. */
  public enum Kind {
    /** A record without a key: contracts and events are keyed by contract id. */
    MISSING_KEY,
    /** A record without a value on the events topic (only the contracts topic has tombstones). */
    MISSING_VALUE,
    /** A value that is not JSON. */
    MALFORMED_JSON,
    /** JSON that is not a valid contract instance. */
    INVALID_CONTRACT,
    /** A contract registered under a key other than its id. */
    KEY_MISMATCH,
    /** A contract that differs from the one registered under its id, which already has events. */
    CONTRACT_CHANGED,
    /** JSON that is not a valid event. */
    INVALID_EVENT,
    /** An event for a contract that is not registered. */
    UNKNOWN_CONTRACT,
    /** An event the monitor refuses (a duplicate id, a date before the Addendum, an actor who cannot perform it...). */
    REFUSED_BY_MONITOR,
    /** An event (or a day's advance) on which the monitor failed with an error it does not name as a refusal; the state is left as it was. */
    MONITOR_FAILED
  }

  /**
   * Checks that no part is null.
   *
   * @param kind what kind of bad input it was
   * @param reason why it was refused
   * @param topic the topic it was read from
   * @param partition its partition
   * @param offset its offset
   * @param contract the contract id, if any
   * @param eventId the event's id, if known
   * @param field the field or JSON path, if known
   * @param rule the rule broken, if known
   * @param payload the original value, if any
   */
  public DeadLetter {
    Objects.requireNonNull(kind, "DeadLetter.kind must not be null");
    Objects.requireNonNull(reason, "DeadLetter.reason must not be null");
    Objects.requireNonNull(topic, "DeadLetter.topic must not be null");
    Objects.requireNonNull(contract, "DeadLetter.contract must not be null");
    Objects.requireNonNull(eventId, "DeadLetter.eventId must not be null");
    Objects.requireNonNull(field, "DeadLetter.field must not be null");
    Objects.requireNonNull(rule, "DeadLetter.rule must not be null");
    Objects.requireNonNull(payload, "DeadLetter.payload must not be null");
  }

  /**
   * Writes the dead letter as JSON.
   *
   * @param mapper the mapper
   * @return the JSON object
   */
  public ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode o = mapper.createObjectNode();
    o.put("kind", kind.name());
    o.put("reason", reason);
    o.put("topic", topic);
    o.put("partition", partition);
    o.put("offset", offset);
    contract.ifPresent(v -> o.put("contract", v));
    eventId.ifPresent(v -> o.put("eventId", v));
    field.ifPresent(v -> o.put("field", v));
    rule.ifPresent(v -> o.put("rule", v));
    payload.ifPresent(bytes -> {
      Optional<String> text = utf8(bytes);
      if (text.isPresent()) {
        o.put("payload", text.get());
      } else {
        o.put("payloadBase64", Base64.getEncoder().encodeToString(bytes));
      }
    });
    return o;
  }

  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
