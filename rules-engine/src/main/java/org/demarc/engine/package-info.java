/**
 * The rules engine: {@link org.demarc.engine.DemarcEngine#evaluate} evaluates a flow under an edition. KIE
 * stays inside this package; callers see only the contract models.
 */
package org.demarc.engine;
