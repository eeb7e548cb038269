package org.demarc.model.result;

import org.demarc.model.ControlType;

/**
 * A declaration in the flow's {@code inPlace} that shows no control the rules asked of the flow under the edition: it is
 * kept, but it judges nothing. Said so that a declaration made for another party than the one asked, or of a control the
 * edition does not ask of this flow, is not passed over in silence.
 *
 * @param pointer the declaration, as a JSON pointer into the flow ({@code /inPlace/i})
 * @param control the control it declares
 * @param party the party it names, or null when it names none (every party)
 * @param reason why it judges nothing, in Japanese and English
 */
public record UnusedDeclaration(String pointer, ControlType control, String party, Text reason) {}
