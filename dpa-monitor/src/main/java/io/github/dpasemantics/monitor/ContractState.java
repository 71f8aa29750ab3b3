package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.time.Window;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where a contract stands as of a date: every obligation instance created by then with its
 * lifecycle state, every right open that day with the day it lapses, the upcoming deadlines in
 * date order, and an account of every event dated up to then.
 *
 * <pre>{@code
 * ContractState s = monitor.stateAsOf(LocalDate.of(2024, 3, 4));
 * s.getObligations(ObligationState.VIOLATED).size();   // 0
 * s.getOpenRights().get(0).getKind();                  // OBJECT_TO_SUBPROCESSOR
 * s.getUpcomingDeadlines().get(0).getKind();           // RIGHT_LAPSES
 * s.getUnmatched().size();                             // 0
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContractState {
  private final String contractId;
  private final LocalDate asOf;
  private final boolean inForce;
  private final Optional<LocalDate> agreementEnd;
  private final List<ObligationInstance> obligations;
  private final List<OpenRight> openRights;
  private final List<UpcomingDeadline> deadlines;
  private final List<EventAccount> accounts;
  private final Map<String, ObligationInstance> byId;
  private final Map<String, EventAccount> accountById;

  ContractState(String contractId, LocalDate asOf, boolean inForce, Optional<LocalDate> agreementEnd,
      List<ObligationInstance> obligations, List<OpenRight> openRights, List<UpcomingDeadline> deadlines,
      List<EventAccount> accounts) {
    this.contractId = contractId;
    this.asOf = asOf;
    this.inForce = inForce;
    this.agreementEnd = agreementEnd;
    this.obligations = List.copyOf(obligations);
    this.openRights = List.copyOf(openRights);
    this.deadlines = List.copyOf(deadlines);
    this.accounts = List.copyOf(accounts);
    this.byId = obligations.stream().collect(Collectors.toUnmodifiableMap(ObligationInstance::getId, Function.identity()));
    this.accountById = accounts.stream().collect(Collectors.toUnmodifiableMap(EventAccount::getEventId, Function.identity()));
  }

  /**
   * Returns the id of the contract instance.
   *
   * @return the contract id
   */
  public String getContractId() {
    return contractId;
  }

  /**
   * Returns the date this state is as of (the end of that day, in the contract's zone).
   *
   * @return the as-of date
   */
  public LocalDate getAsOf() {
    return asOf;
  }

  /**
   * Tells whether the Addendum is in force on the as-of date (1, 3.4).
   *
   * @return true if in force
   */
  public boolean isAddendumInForce() {
    return inForce;
  }

  /**
   * Returns the Agreement's last day, from the contract or from an ending event, if known by the
   * as-of date (a scheduled expiration is known in advance).
   *
   * @return the end date, or empty
   */
  public Optional<LocalDate> getAgreementEnd() {
    return agreementEnd;
  }

  /**
   * Returns every obligation instance created by the as-of date, in the order they were created.
   *
   * @return the instances
   */
  public List<ObligationInstance> getObligations() {
    return obligations;
  }

  /**
   * Returns the obligation instances in a given state.
   *
   * @param state the state
   * @return the instances in that state, in creation order
   */
  public List<ObligationInstance> getObligations(ObligationState state) {
    List<ObligationInstance> out = new ArrayList<>();
    for (ObligationInstance i : obligations) {
      if (i.getState() == state) {
        out.add(i);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the obligation instances of a given kind.
   *
   * @param kind the kind
   * @return the instances of that kind, in creation order
   */
  public List<ObligationInstance> getObligations(ObligationKind kind) {
    List<ObligationInstance> out = new ArrayList<>();
    for (ObligationInstance i : obligations) {
      if (i.getKind() == kind) {
        out.add(i);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the open instances (created, active or suspended).
   *
   * @return the open instances, in creation order
   */
  public List<ObligationInstance> getOpenObligations() {
    List<ObligationInstance> out = new ArrayList<>();
    for (ObligationInstance i : obligations) {
      if (i.isOpen()) {
        out.add(i);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the instance with the given id.
   *
   * @param id the instance id
   * @return the instance, or empty
   */
  public Optional<ObligationInstance> getObligation(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Returns the rights open on the as-of date, in the order they were opened (derived rights,
   * such as the yearly audit and the request for deletion, last).
   *
   * @return the open rights
   */
  public List<OpenRight> getOpenRights() {
    return openRights;
  }

  /**
   * Returns the due dates of open obligations and the last days of open rights that fall on or
   * after the as-of date, sorted by {@link UpcomingDeadline#ORDER}.
   *
   * @return the upcoming deadlines
   */
  public List<UpcomingDeadline> getUpcomingDeadlines() {
    return deadlines;
  }

  /**
   * Returns the account of every event dated on or before the as-of date, in timeline order.
   *
   * @return the accounts
   */
  public List<EventAccount> getAccounts() {
    return accounts;
  }

  /**
   * Returns the account of one event.
   *
   * @param eventId the event id
   * @return the account, or empty if no such event is dated on or before the as-of date
   */
  public Optional<EventAccount> getAccount(String eventId) {
    return Optional.ofNullable(accountById.get(eventId));
  }

  /**
   * Returns the accounts of events that matched nothing.
   *
   * @return the unmatched accounts, in timeline order
   */
  public List<EventAccount> getUnmatched() {
    List<EventAccount> out = new ArrayList<>();
    for (EventAccount a : accounts) {
      if (a.isUnmatched()) {
        out.add(a);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the window of an obligation's due date, if it has one (a shortcut for
   * {@code getObligation(id).flatMap(ObligationInstance::getWindow)}).
   *
   * @param id the instance id
   * @return the window, or empty
   */
  public Optional<Window> getWindow(String id) {
    return getObligation(id).flatMap(ObligationInstance::getWindow);
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    if (!(o instanceof ContractState)) {
      return false;
    }
    ContractState s = (ContractState) o;
    return contractId.equals(s.contractId) && asOf.equals(s.asOf) && inForce == s.inForce
        && agreementEnd.equals(s.agreementEnd) && obligations.equals(s.obligations) && openRights.equals(s.openRights)
        && deadlines.equals(s.deadlines) && accounts.equals(s.accounts);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(contractId, asOf, obligations, openRights, accounts.size());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ContractState[").append(contractId).append(" as of ").append(asOf).append(']');
    for (ObligationInstance i : obligations) {
      sb.append("\n  ").append(i);
    }
    for (OpenRight r : openRights) {
      sb.append("\n  right ").append(r);
    }
    for (UpcomingDeadline d : deadlines) {
      sb.append("\n  next ").append(d);
    }
    return sb.toString();
  }
}
