package io.github.dpasemantics.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.monitor.Change;
import io.github.dpasemantics.monitor.ContractState;
import java.time.ZoneId;

/**
 * The JSON forms of the model that travel on the topics and rest in the state store: the contract
 * instance, the events, and the monitor's outputs. They are the forms the {@code dpa} command line
 * reads and writes (docs/formats.md, docs/schemas/), so a user produces the same JSON for both;
 * {@link ModelCodecs#json()} is that mapping (dpa-json), and this interface is the one place
 * dpa-kafka meets it.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ModelCodec {

  /**
   * Binds a contract instance.
   *
   * @param json the contract's JSON
   * @param source where it came from, for messages (a topic, partition and offset)
   * @return the contract
   * @throws IllegalArgumentException if the JSON is not a valid contract; the message is one line
   *     naming the source, the JSON path, what was found and the rule
   */
  ContractInstance readContract(JsonNode json, String source);

  /**
   * Binds an event (an object whose {@code "type"} names its kind).
   *
   * @param json the event's JSON
   * @param source where it came from, for messages (a topic, partition and offset)
   * @param zone the zone of the event's contract: a date given as an instant is the day it falls
   *     on there
   * @return the event
   * @throws IllegalArgumentException if the JSON is not a valid event; the message is one line
   *     naming the source, the JSON path, what was found and the rule
   */
  DpaEvent readEvent(JsonNode json, String source, ZoneId zone);

  /**
   * Writes a contract instance.
   *
   * @param contract the contract
   * @return its JSON, which {@link #readContract} reads back to an equal contract
   */
  JsonNode writeContract(ContractInstance contract);

  /**
   * Writes an event.
   *
   * @param event the event
   * @return its JSON, which {@link #readEvent} reads back to an equal event
   */
  JsonNode writeEvent(DpaEvent event);

  /**
   * Writes a change of an obligation or right, citing its clause and carrying its reason.
   *
   * @param change the change
   * @return its JSON
   */
  JsonNode writeChange(Change change);

  /**
   * Writes where a contract stands as of a date.
   *
   * @param state the state
   * @return its JSON
   */
  JsonNode writeContractState(ContractState state);
}
