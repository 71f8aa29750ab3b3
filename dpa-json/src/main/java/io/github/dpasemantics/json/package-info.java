/**
 * The JSON formats of dpa-semantics (docs/formats.md, docs/schemas/), for the {@code dpa} command
 * line and any other front end that must read and write exactly what it does: {@link
 * io.github.dpasemantics.json.DpaJson} is the one entry. Inside: the reader, Jackson databind under
 * size, depth and length limits with one deserializer per JSON form onto the model's builders, which
 * refuses unknown fields, {@code null} and wrong JSON types and places dates given as instants in
 * the contract's zone ({@link io.github.dpasemantics.json.JsonBinding}), a policy's inputs read the
 * same way, each as its parameter's type ({@link io.github.dpasemantics.json.PolicyInputs}), the writer
 * (Jackson databind with serializers for decisions and a modifier that writes the model's values
 * in their input form, behind {@link io.github.dpasemantics.json.DpaJson#write(Object)}) and the
 * JSON Schema generator over the same types. dpa-model, dpa-policy and dpa-monitor know nothing of JSON.
 */
@NullMarked
package io.github.dpasemantics.json;

import org.jspecify.annotations.NullMarked;
