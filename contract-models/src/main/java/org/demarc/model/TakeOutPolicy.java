package org.demarc.model;

/**
 * The institution's organisational measures for taking information and devices out (6.9 C-1 to C-4).
 *
 * @param riskAnalysis whether an organisational risk analysis was done (C-1)
 * @param policyInOperationRules whether the take-out policy is in the operation management rules (運用管理規定) (C-1)
 * @param managementMethod whether the rules set how taken-out information and devices are managed (C-2)
 * @param theftLossProcedure whether the rules set the response to theft and loss (C-3)
 * @param staffTrained whether staff know the theft and loss procedure and are trained in it (C-4)
 */
public record TakeOutPolicy(
    Boolean riskAnalysis,
    Boolean policyInOperationRules,
    Boolean managementMethod,
    Boolean theftLossProcedure,
    Boolean staffTrained) {}
