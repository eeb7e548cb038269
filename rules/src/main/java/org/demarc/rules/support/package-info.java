/**
 * The one helper rule consequences use to record what they found. It reads the firing rule's own metadata and
 * matched facts from the rule context, so no consequence hand-writes a citation.
 */
package org.demarc.rules.support;
