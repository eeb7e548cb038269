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
 */
@ConfigurationProperties("demarc")
record DemarcProperties(
    Edition defaultEdition, Integer batchMaxItems, Long maxBodyBytes, Integer maxSegments, Integer maxRecipients) {

  DemarcProperties {
    defaultEdition = defaultEdition == null ? Edition.newest() : defaultEdition;
    batchMaxItems = batchMaxItems == null ? 1000 : batchMaxItems;
    maxBodyBytes = maxBodyBytes == null ? 1_048_576L : maxBodyBytes;
    maxSegments = maxSegments == null ? 200 : maxSegments;
    maxRecipients = maxRecipients == null ? 1000 : maxRecipients;
  }
}
