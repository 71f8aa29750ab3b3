package io.github.dpasemantics.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dpasemantics.monitor.ContractState;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Interactive queries over a running fleet monitor: where does contract X stand as of date D,
 * answered from this instance's state store. A contract lives on the instance that owns its
 * partition; {@link #hostOf(String)} tells which one (with {@code application.server} set on each
 * instance), so a service can forward the question there.
 *
 * <pre>{@code
 * ContractQuery query = new ContractQuery(streams, codec);
 * Optional<ContractState> s = query.asOf("acme-2020", LocalDate.of(2026, 12, 4));
 * }</pre>
 *
 * <p>This class is thread-safe: it holds no state of its own.
 */
public final class ContractQuery {
  private final KafkaStreams streams;
  private final ModelCodec codec;
  private final StoreFormat format;

  /**
   * Creates a query over a running application.
   *
   * @param streams the application (started, in state RUNNING for answers)
   * @param codec the JSON forms of the model, as the application uses them
   */
  public ContractQuery(KafkaStreams streams, ModelCodec codec) {
    this.streams = Objects.requireNonNull(streams, "ContractQuery: streams must not be null");
    this.codec = Objects.requireNonNull(codec, "ContractQuery: codec must not be null");
    this.format = new StoreFormat(codec, new ObjectMapper());
  }

  /**
   * Returns the stored entry of a contract, if this instance holds it.
   *
   * @param contractId the contract id
   * @return the entry, or empty if the contract is unknown here
   * @throws org.apache.kafka.streams.errors.InvalidStateStoreException if the store is not
   *     queryable now (the application is rebalancing or restoring): retry
   */
  public Optional<StoredContract> entry(String contractId) {
    Objects.requireNonNull(contractId, "ContractQuery.entry: contractId must not be null");
    ReadOnlyKeyValueStore<String, byte[]> store = streams.store(
        StoreQueryParameters.fromNameAndType(MonitorTopology.STORE, QueryableStoreTypes.<String, byte[]>keyValueStore()));
    byte[] bytes = store.get(contractId);
    return bytes == null ? Optional.empty() : Optional.of(format.read(contractId, bytes));
  }

  /**
   * Returns where a contract stands at the end of a day: its obligations, rights and accounts.
   *
   * @param contractId the contract id
   * @param asOf the day, in the contract's zone
   * @return the state, or empty if the contract is unknown here
   */
  public Optional<ContractState> asOf(String contractId, LocalDate asOf) {
    Objects.requireNonNull(asOf, "ContractQuery.asOf: asOf must not be null");
    return entry(contractId).map(e -> e.state().asOf(asOf));
  }

  /**
   * Returns {@link #asOf(String, LocalDate)} as JSON, in the form {@code dpa monitor --format json} uses.
   *
   * @param contractId the contract id
   * @param asOf the day
   * @return the JSON, or empty if the contract is unknown here
   */
  public Optional<JsonNode> asOfJson(String contractId, LocalDate asOf) {
    return asOf(contractId, asOf).map(codec::writeContractState);
  }

  /**
   * Returns which instance holds a contract's state.
   *
   * @param contractId the contract id
   * @return its host and partition ({@link KeyQueryMetadata#NOT_AVAILABLE} while rebalancing)
   */
  public KeyQueryMetadata hostOf(String contractId) {
    Objects.requireNonNull(contractId, "ContractQuery.hostOf: contractId must not be null");
    return streams.queryMetadataForKey(MonitorTopology.STORE, contractId, Serdes.String().serializer());
  }
}
