package org.demarc.model;

/**
 * How the start and end points of the communication identify each other (なりすまし対策).
 *
 * @param senderVerifiesRecipient the sender confirms the recipient is the intended party
 * @param recipientVerifiesSender the recipient confirms the sender and the origin of the data
 * @param method the authentication mechanism
 */
public record EndAuthentication(Boolean senderVerifiesRecipient, Boolean recipientVerifiesSender, AuthMethod method) {

  /** Whether at least one end is said to authenticate the other: then the mechanism it uses can be judged. */
  public boolean eitherEndVerifies() {
    return Boolean.TRUE.equals(senderVerifiesRecipient) || Boolean.TRUE.equals(recipientVerifiesSender);
  }
}
