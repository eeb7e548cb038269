package org.demarc.rules.facts;

import org.demarc.model.FlowKind;

/** The kind the flow is judged as (its declared kind, or the default): inserted with the flow. */
public record KindOf(FlowKind kind) {}
