package org.demarc.api;

import org.demarc.model.Edition;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Service settings (prefix {@code demarc}).
 *
 * @param defaultEdition edition used when a request names none (default: the newest)
 * @param batchMaxItems most flows in one batch request
 * @param maxBodyBytes largest request body accepted
 * @param maxSegments most segments in one flow
 * @param maxRecipients most recipients in one flow
 * @param maxWork most segments × recipients in one flow (the work budget)
 * @param maxConcurrent most evaluations, comparisons, contract checks and validations served at once (the bulkhead);
 *     default: twice the processors, at least 2
 * @param queueWaitMillis how long a request waits for a place in the bulkhead before it gets a 503
 * @param retryAfterSeconds the Retry-After of that 503
 * @param recordAdHocDecisions whether ad-hoc evaluations are recorded in the decision log (default: no: even written
 *     asynchronously in batches, recording cut evaluate's throughput by two thirds, measured; see the README)
 * @param decisionMasking JSON pointers into a decision's input whose values are replaced by pseudonyms in the stored
 *     copy (not in the answer); {@code *} matches any array element or field, e.g. {@code /parties/*}{@code /name}
 * @param impactChunkSize flows per chunk of an impact analysis (the unit an instance claims)
 * @param instanceName this instance's name in the job table (default: host name and process id)
 * @param jobThreads threads analysing chunks (default: the processors)
 * @param jobPollingMillis how often an instance looks for chunks to claim
 * @param jobHeartbeatSeconds how often a running chunk's heartbeat is written; after four missed ones another
 *     instance claims it
 * @param adminKey an admin key for the initial tenant, registered at start ({@code DEMARC_ADMIN_KEY}); without it and
 *     without any key, the first start writes one to {@code <data-dir>/initial-admin-key}
 * @param dataDir the data directory
 * @param warmUpSeconds how much processor time one background thread spends warming the engine once the service is
 *     ready ({@link EngineWarmUp}; default 20; 0: none)
 * @param security who may do what
 */
@ConfigurationProperties("demarc")
record DemarcProperties(
    Edition defaultEdition, Integer batchMaxItems, Long maxBodyBytes, Integer maxSegments, Integer maxRecipients,
    Long maxWork, Integer maxConcurrent, Long queueWaitMillis, Integer retryAfterSeconds, Boolean recordAdHocDecisions,
    java.util.List<String> decisionMasking, Integer impactChunkSize, String instanceName, Integer jobThreads,
    Long jobPollingMillis, Integer jobHeartbeatSeconds, String adminKey, String dataDir, Integer warmUpSeconds,
    Security security) {

  DemarcProperties {
    defaultEdition = defaultEdition == null ? Edition.newest() : defaultEdition;
    batchMaxItems = batchMaxItems == null ? 1000 : batchMaxItems;
    maxBodyBytes = maxBodyBytes == null ? org.demarc.app.Limits.DEFAULT.maxBytes() : maxBodyBytes;
    maxSegments = maxSegments == null ? org.demarc.app.Limits.DEFAULT.maxSegments() : maxSegments;
    maxRecipients = maxRecipients == null ? org.demarc.app.Limits.DEFAULT.maxRecipients() : maxRecipients;
    maxWork = maxWork == null ? org.demarc.app.Limits.DEFAULT.maxWork() : maxWork;
    maxConcurrent = maxConcurrent == null ? Math.max(2, 2 * Runtime.getRuntime().availableProcessors()) : maxConcurrent;
    queueWaitMillis = queueWaitMillis == null ? 200L : queueWaitMillis;
    retryAfterSeconds = retryAfterSeconds == null ? 1 : retryAfterSeconds;
    recordAdHocDecisions = recordAdHocDecisions != null && recordAdHocDecisions;
    decisionMasking = decisionMasking == null ? java.util.List.of() : java.util.List.copyOf(decisionMasking);
    impactChunkSize = impactChunkSize == null ? 500 : impactChunkSize;
    instanceName = instanceName == null || instanceName.isBlank()
        ? java.lang.management.ManagementFactory.getRuntimeMXBean().getName() : instanceName;
    jobThreads = jobThreads == null ? Runtime.getRuntime().availableProcessors() : jobThreads;
    jobPollingMillis = jobPollingMillis == null ? 1000L : jobPollingMillis;
    jobHeartbeatSeconds = jobHeartbeatSeconds == null ? 5 : jobHeartbeatSeconds;
    dataDir = dataDir == null ? "./data" : dataDir;
    warmUpSeconds = warmUpSeconds == null ? 20 : Math.max(0, warmUpSeconds);
    security = security == null ? new Security(null, null, null, null) : security;
  }

  /**
   * Authentication settings (prefix {@code demarc.security}).
   *
   * @param tenantClaim the bearer token claim naming the caller's tenant (default {@code tenant})
   * @param rolesClaim the claim holding its roles, a list or a space- or comma-separated string (default
   *     {@code roles})
   * @param rateLimitPerMinute most requests one key or token subject may make per minute; 0 (the default): no limit
   * @param keyCacheSeconds how long a verified API key is remembered (a revocation reaches other instances within it)
   */
  record Security(String tenantClaim, String rolesClaim, Integer rateLimitPerMinute, Integer keyCacheSeconds) {
    Security {
      tenantClaim = tenantClaim == null ? "tenant" : tenantClaim;
      rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
      rateLimitPerMinute = rateLimitPerMinute == null ? 0 : rateLimitPerMinute;
      keyCacheSeconds = keyCacheSeconds == null ? 5 : keyCacheSeconds;
    }
  }

  /** The limits every request is checked against, shared with the CLI's. */
  org.demarc.app.Limits limits() {
    return new org.demarc.app.Limits(maxBodyBytes, maxSegments, maxRecipients, maxWork, batchMaxItems);
  }
}
