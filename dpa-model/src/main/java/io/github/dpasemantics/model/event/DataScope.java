package io.github.dpasemantics.model.event;

/**
 * How much of the Customer Personal Data an act covers: all of it (what 9.1 requires deletion
 * of) or part of it (retention required by law may cover either, 9.2).
 */
public enum DataScope {
  /** All of the Customer Personal Data. */
  ALL,
  /** Part of it. */
  PART
}
