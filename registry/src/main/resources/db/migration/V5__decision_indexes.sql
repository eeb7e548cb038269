-- Every query of the decision log names the tenant, so the indexes without it (from before tenants) are only a cost:
-- each recorded decision updated four indexes, now two (decision_tenant_time, decision_tenant_flow) and the key.
DROP INDEX decision_flow;
DROP INDEX decision_time;
