/**
 * Facts the rules match on besides the flow's own records: positioned wrappers the engine inserts (so a finding
 * can point at {@code /segments/1}) and facts the classification rules derive.
 */
package org.demarc.rules.facts;
