package io.github.dpasemantics.model.event;

/**
 * What kind of security event happened. 2.9 names the first five as examples of "unsuccessful
 * attempts or activities that do not compromise the security of Personal Data", which are not
 * Security Incidents unless they actually compromise Personal Data.
 */
public enum SecurityEventNature {
  /** An unsuccessful log-in attempt (2.9). */
  UNSUCCESSFUL_LOGIN(true),
  /** A ping (2.9). */
  PING(true),
  /** A port scan (2.9). */
  PORT_SCAN(true),
  /** A denial of service attack (2.9). */
  DENIAL_OF_SERVICE(true),
  /** Another network attack on firewalls or networked systems (2.9). */
  OTHER_NETWORK_ATTACK(true),
  /** Access to systems or data by someone not authorised to have it. */
  UNAUTHORIZED_ACCESS(false),
  /** Malicious software, including ransomware. */
  MALWARE(false),
  /** Misuse of access by personnel or a Subprocessor. */
  INSIDER_MISUSE(false),
  /** A misconfiguration that exposed systems or data. */
  MISCONFIGURATION(false),
  /** Loss or theft of a device or medium. */
  LOST_OR_STOLEN_DEVICE(false),
  /** Data sent or shown to the wrong recipient by mistake. */
  ACCIDENTAL_DISCLOSURE(false),
  /** Anything else. */
  OTHER(false);

  private final boolean listedAsNonIncident;

  SecurityEventNature(boolean listedAsNonIncident) {
    this.listedAsNonIncident = listedAsNonIncident;
  }

  /**
   * Returns whether 2.9 names this kind of event among the attempts and activities that are not
   * Security Incidents where they do not compromise the security of Personal Data.
   *
   * @return true for unsuccessful log-ins, pings, port scans, denial of service and other
   *     network attacks
   */
  public boolean isListedAsNonIncident() {
    return listedAsNonIncident;
  }
}
