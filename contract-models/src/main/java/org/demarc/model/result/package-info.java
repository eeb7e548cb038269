/**
 * What Demarc answers about a flow: a verdict, who is responsible for what on which segment and threat, which
 * controls each party must put in place, and the guideline clause and edition every answer comes from.
 */
package org.demarc.model.result;
