package org.demarc.report;

import org.demarc.model.Edition;

/**
 * The counts of an impact analysis, for its report.
 *
 * @param id the analysis
 * @param from the edition flows were evaluated under first, or null when each flow's last recorded evaluation was
 *     compared with the rules now loaded
 * @param to the edition they were evaluated under second, or null likewise
 * @param state its state (RUNNING, DONE)
 * @param done flows analysed so far
 * @param total flows to analyse
 * @param changed flows for which anything changes
 * @param verdictChanged flows whose verdict changes
 * @param contractsToAmend flows with a linked contract to amend
 * @param errors flows that could not be evaluated
 */
public record ImpactSummary(String id, Edition from, Edition to, String state, long done, long total, long changed,
    long verdictChanged, long contractsToAmend, long errors) {}
