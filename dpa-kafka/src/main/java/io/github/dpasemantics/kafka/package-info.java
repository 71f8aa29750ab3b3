/**
 * The obligation monitor at fleet scale on Kafka Streams: {@link io.github.dpasemantics.kafka.MonitorTopology}
 * folds each contract's events with the monitor's pure step into a changelogged state store
 * (exactly once), emits every change of an obligation or right, reports the passing of time once a
 * day per contract, and sends what it cannot apply to a dead-letter topic with the reason.
 * {@link io.github.dpasemantics.kafka.ContractQuery} answers where a contract stands as of a date;
 * {@link io.github.dpasemantics.kafka.DpaKafka} is the {@code dpa-kafka} command. The JSON on the
 * topics is the {@code dpa} command line's ({@link io.github.dpasemantics.kafka.ModelCodecs#json()}).
 */
@NullMarked
package io.github.dpasemantics.kafka;

import org.jspecify.annotations.NullMarked;
