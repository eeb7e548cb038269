package org.demarc.model;

/**
 * Remote login to the institution's systems for maintenance (リモートログイン機能を用いた遠隔保守). Each fact left out
 * is unknown; a known failure is reported whatever else is unknown.
 *
 * @param id unique id within the flow
 * @param vendor the party that logs in (usually the maintenance vendor)
 * @param network the network the login runs over
 * @param channelEncrypted whether the login session is protected against eavesdropping
 * @param idPasswordOnly whether the login is authenticated by ID and password only
 * @param accessPointRestricted whether the points (sources) from which login is possible are restricted
 * @param protocolRestricted whether the protocols usable for login are restricted
 * @param accessRightsManaged whether the vendor's access rights are managed (least privilege)
 * @param logged whether each remote login is logged
 * @param supervisedByInstitution whether the institution confirms these points with the vendor and supervises it
 * @param accounts named (one per person) or shared accounts
 * @param enabledPerWorkOrder whether the login is enabled only for each work order (not always on)
 * @param logReviewed whether the institution reviews the login log after the work
 */
public record RemoteLogin(
    String id,
    String vendor,
    NetworkType network,
    Boolean channelEncrypted,
    Boolean idPasswordOnly,
    Boolean accessPointRestricted,
    Boolean protocolRestricted,
    Boolean accessRightsManaged,
    Boolean logged,
    Boolean supervisedByInstitution,
    AccountKind accounts,
    Boolean enabledPerWorkOrder,
    Boolean logReviewed) {}
