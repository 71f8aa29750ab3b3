/** The consumer as a JPMS module: dpa-policy brings dpa-model and the Jakarta Validation API. */
module consumer {
  requires io.github.dpasemantics.policy;
}
