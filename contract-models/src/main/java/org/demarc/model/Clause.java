package org.demarc.model;

import java.util.List;
import org.demarc.model.result.Threat;

/**
 * One clause of a contract, typed by the control it settles.
 *
 * @param id the clause's id or number, e.g. "§6"
 * @param type the control the clause settles, e.g. AVAILABILITY_TERMS
 * @param binds the party the clause binds; absent means both parties (e.g. a mutual agreement)
 * @param segments the segments it covers; absent means every segment the bound party is involved in
 * @param threats the threats it covers; absent means every threat
 * @param serviceLevel any service level it states, e.g. "99.9% monthly availability"
 * @param text the clause text or a summary
 */
public record Clause(
    String id, ControlType type, String binds, List<String> segments, List<Threat> threats, String serviceLevel,
    String text) {}
