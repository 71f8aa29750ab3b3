/**
 * The JSON formats of the {@code dpa} command line: a located tree read with Jackson's streaming parser under size and depth limits, a binder onto the model's builders that refuses unknown fields, a writer, and the JSON Schema generator over the same shapes.
 */
@NullMarked
package io.github.dpasemantics.json;

import org.jspecify.annotations.NullMarked;
