package org.demarc.model;

/**
 * One medium or device taken out of the institution, with the measures on it (6.9 C and D).
 *
 * @param id unique id within the flow
 * @param kind laptop, portable media, thin client or personally owned device
 * @param takenBy staff or maintenance vendor
 * @param containsInformation whether it holds medical information (情報を格納)
 * @param inLedger whether its whereabouts are tracked, e.g. in a ledger (台帳) (C-5)
 * @param bootPassword whether a boot password is set (C-6)
 * @param passwordManaged whether guessable passwords are avoided and passwords changed regularly (C-6)
 * @param dataProtected whether the information is encrypted or has an access password (C-7)
 * @param connectsToNetworkOrMedia whether it is connected to a network or other external media while out (C-8)
 * @param antivirus whether anti-virus software is installed (C-8)
 * @param personalFirewall whether a personal firewall is used (C-8)
 * @param fileSharingSoftware whether file-sharing software such as Winny is installed (C-9)
 * @param privacyFilter whether the display has a privacy filter (D-1)
 * @param multiFactorAuthentication whether login and access combine several authentication factors (D-2)
 * @param registered whether it is registered with the institution (D-3)
 */
public record TakenOutItem(
    String id,
    TakeOutKind kind,
    TakenBy takenBy,
    Boolean containsInformation,
    Boolean inLedger,
    Boolean bootPassword,
    Boolean passwordManaged,
    Boolean dataProtected,
    Boolean connectsToNetworkOrMedia,
    Boolean antivirus,
    Boolean personalFirewall,
    Boolean fileSharingSoftware,
    Boolean privacyFilter,
    Boolean multiFactorAuthentication,
    Boolean registered) {}
