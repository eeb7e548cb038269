package org.demarc.rules.facts;

/**
 * Input: a carrier with which the flow shows the institution has agreed terms, so the institution has a contract with
 * it: one of a carrier's contract terms declared in {@code inPlace}, in place or planned, for that carrier by name or
 * for every party, or (in a contract check) a contract between the provider and it. The line of such a carrier to a
 * person's own terminal is a line the institution contracts (a data card it issues, a closed mobile network), not the
 * person's own (Demarc's reading; see {@link AccessorLine}).
 *
 * @param party the carrier's party id
 * @param evidence what shows it, as the answer names it: a pointer such as {@code /inPlace/2} or {@code /contracts/0}
 */
public record AgreedCarrier(String party, String evidence) {}
