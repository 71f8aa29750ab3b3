package io.github.dpasemantics.policy;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.data.DataCategory;
import io.github.dpasemantics.model.data.DataDescriptor;
import io.github.dpasemantics.model.data.DataOrigin;
import io.github.dpasemantics.model.data.DataProtectionLaw;
import io.github.dpasemantics.policy.fact.CustomerRequest;
import io.github.dpasemantics.policy.fact.SelfService;
import java.util.Objects;

/**
 * 8. Data Subject Requests.
 *
 * <p>"Segment shall upon Customer's request (and at Customer's expense) provide Customer with such
 * assistance as it may reasonably require to comply with its obligations under Data Protection
 * Laws to respond to requests from individuals to exercise their rights under Data Protection Laws
 * (e.g., rights of data access, rectification, erasure, restriction, portability and objection)
 * in cases where Customer cannot reasonably fulfill such requests independently by using the
 * self-service functionality of the Services": {@link #isAssistanceOwed}, {@link #assistanceOwed}.
 *
 * <p>"If Segment receives a request from a Data Subject in relation to their Customer Personal
 * Data, Segment will advise the Data Subject to submit their request to Customer, and Customer
 * will be responsible for responding to any such request": {@link #routingOf}, {@link #routing}
 * (from a {@link DataDescriptor} or a {@link DataCategory}).
 * A request about Usage Data that is Personal Data is Segment's own, as its controller (A.1.3) under
 * EU Data Protection Law or its business (B.6) under the CCPA; under other laws the Addendum is
 * silent ({@link #routing(DataDescriptor, DataProtectionLaw)}).
 *
 * <p>Every method is pure and thread-safe.
 */
public final class DataSubjects {
  private static final String ASSISTANCE = "DataSubjects.assistanceOwed";
  private static final String ROUTING = "DataSubjects.routing";

  private DataSubjects() {}

  /** Reason codes of 8. */
  public enum Code implements ReasonCode {
    /** 8: assistance owed. */
    ASSISTANCE_OWED("8", "Segment shall upon Customer's request provide such assistance as Customer may reasonably require to respond"
        + " to requests from individuals to exercise their rights under Data Protection Laws"),
    /** 8: at Customer's expense. */
    AT_CUSTOMERS_EXPENSE("8", "the assistance is at Customer's expense"),
    /** 8: no request by Customer. */
    NOT_REQUESTED("8", "Segment assists upon Customer's request; Customer has not requested assistance"),
    /** 8: self-service suffices. */
    SELF_SERVICE_SUFFICES("8", "assistance is owed only where Customer cannot reasonably fulfill the request independently by using the"
        + " self-service functionality of the Services; here it can"),
    /** 8: advise the subject to go to Customer. */
    ADVISE_SUBMIT_TO_CUSTOMER("8", "Segment received a request from a Data Subject in relation to their Customer Personal Data: Segment"
        + " will advise the Data Subject to submit the request to Customer"),
    /** 8: Customer responds. */
    CUSTOMER_RESPONDS("8", "Customer will be responsible for responding to any such request"),
    /** A.1.3: Segment controller of Usage Data. */
    SEGMENT_CONTROLLER_OF_USAGE_DATA("A.1.3", "the request concerns Usage Data that is Personal Data, of which Segment is the"
        + " controller and which it Processes in accordance with its Privacy Policy"),
    /** B.6: Segment the business of Usage Data (CCPA). */
    SEGMENT_BUSINESS_OF_USAGE_DATA("B.6", "the request concerns Usage Data that is Personal Data, of which Segment is the business under"
        + " the CCPA and which it Processes in accordance with its Privacy Policy"),
    /** A.1.3, B.6: silent for other laws. */
    USAGE_DATA_OTHER_LAW("A.1.3", "the Addendum says who answers for Usage Data only under EU Data Protection Law (A.1.3: Segment is the"
        + " controller) and the CCPA (B.6: Segment is the business); for a request under {0} it is silent"),
    /** 8: outside. */
    OUTSIDE_ADDENDUM("8", "the request concerns neither Customer Personal Data nor Usage Data that is Personal Data, so the Addendum does"
        + " not route it");

    private final ClauseId clause;
    private final String template;

    Code(String clause, String template) {
      this.clause = ClauseId.parse(clause);
      this.template = template;
    }

    @Override
    public ClauseId clause() {
      return clause;
    }

    @Override
    public String template() {
      return template;
    }
  }

  /** Where a request from a Data Subject that Segment receives goes. */
  public enum Routing {
    /** Customer Personal Data: Segment advises the Data Subject to submit the request to Customer, who responds (8). */
    REFER_TO_CUSTOMER,
    /** Usage Data that is Personal Data: Segment, its controller, handles it (A.1.3, B.6). */
    SEGMENT_AS_CONTROLLER,
    /** Neither: the Addendum does not route it. */
    OUTSIDE_ADDENDUM
  }

  /**
   * 8: whether Segment owes Customer assistance with a Data Subject request: Customer has asked
   * for it, and cannot reasonably fulfil the request independently through the self-service
   * functionality of the Services. The assistance is at Customer's expense.
   *
   * @param request whether Customer requested assistance
   * @param selfService whether Customer can reasonably fulfil the request independently with the
   *     self-service functionality
   * @return true if assistance is owed
   */
  public static boolean isAssistanceOwed(CustomerRequest request, SelfService selfService) {
    Args.notNull(request, "DataSubjects", "isAssistanceOwed", "request");
    Args.notNull(selfService, "DataSubjects", "isAssistanceOwed", "selfService");
    return request == CustomerRequest.REQUESTED && selfService == SelfService.DOES_NOT_SUFFICE;
  }

  /**
   * 8, explained; a no gives every failing condition, a yes says it is at Customer's expense.
   *
   * @param request whether Customer requested assistance
   * @param selfService whether Customer can reasonably fulfil the request independently with the
   *     self-service functionality
   * @return the decision, citing 8
   */
  @Decides("8")
  public static Decision<Boolean> assistanceOwed(CustomerRequest request, SelfService selfService) {
    Args.notNull(request, "DataSubjects", "assistanceOwed", "request");
    Args.notNull(selfService, "DataSubjects", "assistanceOwed", "selfService");
    if (isAssistanceOwed(request, selfService)) {
      return Decision.of(ASSISTANCE, true, Reason.of(Code.ASSISTANCE_OWED), Reason.of(Code.AT_CUSTOMERS_EXPENSE));
    }
    Decision.Builder<Boolean> d = Decision.builder(ASSISTANCE, false);
    if (request != CustomerRequest.REQUESTED) {
      d.reason(Code.NOT_REQUESTED);
    }
    if (selfService == SelfService.SUFFICES) {
      d.reason(Code.SELF_SERVICE_SUFFICES);
    }
    return d.build();
  }

  /**
   * 8: where a Data Subject's request that Segment receives goes.
   *
   * @param data the data the request is about
   * @return the routing
   */
  public static Routing routingOf(DataDescriptor data) {
    Objects.requireNonNull(data, "DataSubjects.routingOf: data must not be null");
    if (Definitions.isCustomerPersonalData(data)) {
      return Routing.REFER_TO_CUSTOMER;
    }
    return data.getOrigin() == DataOrigin.USAGE_DATA && Definitions.isPersonalData(data)
        ? Routing.SEGMENT_AS_CONTROLLER : Routing.OUTSIDE_ADDENDUM;
  }

  /**
   * 8: where a Data Subject's request that Segment receives goes, from the category of data it is
   * about (the vocabulary of events such as {@code DataSubjectRequestReceived}). The category is
   * read by the definitions it names:
   *
   * <ul>
   *   <li>{@link DataCategory#CUSTOMER_PERSONAL_DATA}: a request "in relation to their Customer
   *       Personal Data" (8): {@link Routing#REFER_TO_CUSTOMER};
   *   <li>{@link DataCategory#USAGE_DATA}: a Data Subject's request about data about them is about
   *       Personal Data, and Segment is the controller of Usage Data that is Personal Data (A.1.3):
   *       {@link Routing#SEGMENT_AS_CONTROLLER};
   *   <li>{@link DataCategory#CUSTOMER_DATA} (Customer Data not established to be Customer
   *       Personal Data), {@link DataCategory#PERSONAL_DATA} (Personal Data not established to be
   *       Customer Data or Usage Data) and {@link DataCategory#CUSTOMER_REPRESENTATIVE_DATA}
   *       (excluded from Customer Personal Data by 2.3): {@link Routing#OUTSIDE_ADDENDUM}, as 8
   *       routes only requests about Customer Personal Data.
   * </ul>
   *
   * <p>This agrees with {@link #routingOf(DataDescriptor)} for data of that category.
   *
   * @param category the category of data the request is about
   * @return the routing
   */
  public static Routing routingOf(DataCategory category) {
    Objects.requireNonNull(category, "DataSubjects.routingOf: category must not be null");
    switch (category) {
      case CUSTOMER_PERSONAL_DATA:
        return Routing.REFER_TO_CUSTOMER;
      case USAGE_DATA:
        return Routing.SEGMENT_AS_CONTROLLER;
      default:
        return Routing.OUTSIDE_ADDENDUM;
    }
  }

  /**
   * 8, explained.
   *
   * @param data the data the request is about
   * @return the decision, citing 8 (or A.1.3 for Usage Data)
   */
  @Decides(value = "8", quotes = "A.1.3")
  public static Decision<Routing> routing(DataDescriptor data) {
    Args.notNull(data, "DataSubjects", "routing", "data");
    return explain(routingOf(data));
  }

  /**
   * 8, explained, from the category of data the request is about (see
   * {@link #routingOf(DataCategory)}): the same reasons as {@link #routing(DataDescriptor)}.
   *
   * @param category the category of data the request is about
   * @return the decision, citing 8 (or A.1.3 for Usage Data)
   */
  public static Decision<Routing> routing(DataCategory category) {
    Args.notNull(category, "DataSubjects", "routing", "category");
    return explain(routingOf(category));
  }

  /**
   * 8, A.1.3, B.6: where a Data Subject's request that Segment receives goes, knowing under which
   * law it is made. Customer Personal Data: referred to Customer (8), whatever the law. Usage Data
   * that is Personal Data: Segment's own, as its controller under EU Data Protection Law (A.1.3) or
   * its business under the CCPA (B.6); under another law the Addendum is silent, so it does not
   * route it. {@link #routingOf(DataDescriptor)} is this method for EU Data Protection Law.
   *
   * @param data the data the request is about
   * @param law the law under which the request is made
   * @return the routing
   */
  public static Routing routingOf(DataDescriptor data, DataProtectionLaw law) {
    Objects.requireNonNull(law, "DataSubjects.routingOf: law must not be null");
    Routing r = routingOf(data);
    return r == Routing.SEGMENT_AS_CONTROLLER && law == DataProtectionLaw.OTHER ? Routing.OUTSIDE_ADDENDUM : r;
  }

  /**
   * 8, A.1.3, B.6, explained: see {@link #routingOf(DataDescriptor, DataProtectionLaw)}; a Usage Data
   * request cites A.1.3 under EU law and B.6 under the CCPA.
   *
   * @param data the data the request is about
   * @param law the law under which the request is made
   * @return the decision, citing 8, A.1.3 or B.6
   */
  @Decides(value = "8", quotes = {"A.1.3", "B.6"})
  public static Decision<Routing> routing(DataDescriptor data, DataProtectionLaw law) {
    Args.notNull(data, "DataSubjects", "routing", "data");
    Args.notNull(law, "DataSubjects", "routing", "law");
    Routing r = routingOf(data, law);
    boolean usage = routingOf(data) == Routing.SEGMENT_AS_CONTROLLER;
    if (usage && law == DataProtectionLaw.CCPA) {
      return Decision.of(ROUTING, r, Reason.of(Code.SEGMENT_BUSINESS_OF_USAGE_DATA));
    }
    if (usage && law == DataProtectionLaw.OTHER) {
      return Decision.of(ROUTING, r, Reason.of(Code.USAGE_DATA_OTHER_LAW, law));
    }
    return explain(r);
  }

  private static Decision<Routing> explain(Routing r) {
    switch (r) {
      case REFER_TO_CUSTOMER:
        return Decision.of(ROUTING, r, Reason.of(Code.ADVISE_SUBMIT_TO_CUSTOMER), Reason.of(Code.CUSTOMER_RESPONDS));
      case SEGMENT_AS_CONTROLLER:
        return Decision.of(ROUTING, r, Reason.of(Code.SEGMENT_CONTROLLER_OF_USAGE_DATA));
      default:
        return Decision.of(ROUTING, r, Reason.of(Code.OUTSIDE_ADDENDUM));
    }
  }
}
