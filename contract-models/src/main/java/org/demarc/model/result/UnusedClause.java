package org.demarc.model.result;

import org.demarc.model.ControlType;

/**
 * A contract clause that settles no obligation of the check: no checklist item names it. Said so that a clause of a
 * duty the provider carries itself, of a control this check does not ask, or one another clause already settles, is not
 * passed over in silence.
 *
 * @param contract the contract's id
 * @param clause the clause's id
 * @param control the control the clause is typed with
 * @param binds the party the clause binds, or null when it binds both parties
 * @param reason why it settles nothing, in Japanese and English
 */
public record UnusedClause(String contract, String clause, ControlType control, String binds, Text reason) {}
