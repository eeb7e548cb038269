package org.demarc.model;

/**
 * Remote login to the institution's systems for maintenance (リモートログイン機能を用いた遠隔保守).
 *
 * @param id unique id within the flow
 * @param vendor the party that logs in (usually the maintenance vendor)
 * @param network the network the login runs over
 * @param channelEncrypted whether the login session is protected against eavesdropping
 * @param idPasswordOnly whether the login is authenticated by ID and password only
 * @param accessPointRestricted whether the points from which login is possible are restricted
 * @param protocolRestricted whether the protocols usable for login are restricted
 * @param accessRightsManaged whether the vendor's access rights are managed (per person, least privilege)
 * @param logged whether each remote login is logged
 * @param supervisedByInstitution whether the institution confirms these points with the vendor and supervises it
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
    Boolean supervisedByInstitution) {}
