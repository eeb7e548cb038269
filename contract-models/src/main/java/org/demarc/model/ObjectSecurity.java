package org.demarc.model;

/**
 * Security of the information itself (オブジェクト・セキュリティ): where the data is encrypted and decrypted, and
 * whether tampering is detectable. The side of each demarcation point follows from the party: the provider
 * encrypts before the first demarcation point, a recipient decrypts after the last one, a segment operator
 * encrypts or decrypts inside its own segment, so it sees the plaintext. Encrypted and decrypted by the same
 * party (e.g. storage encrypted with the institution's own keys) means every other party sees only ciphertext.
 *
 * @param encryptedBy id of the party that encrypts the data; absent when the data is not encrypted
 * @param decryptedBy id of the party that decrypts it
 * @param tamperDetection how tampering is detected
 * @param cipher the cipher, and whether it is on the CRYPTREC list
 * @param keyDelivery how the key reaches the party that decrypts
 * @param reencryptedBy carriers or services on the path that decrypt the information within the segments they run
 *     and encrypt it again before it leaves them (a regional network's centre that stores and forwards it): each
 *     handles the plaintext there, and the information is encrypted on the segments between them and the two ends
 */
public record ObjectSecurity(
    String encryptedBy, String decryptedBy, TamperDetection tamperDetection, Cipher cipher, KeyDelivery keyDelivery,
    java.util.List<String> reencryptedBy) {

  /** Object security decrypted only by the party that decrypts it. */
  public ObjectSecurity(
      String encryptedBy, String decryptedBy, TamperDetection tamperDetection, Cipher cipher, KeyDelivery keyDelivery) {
    this(encryptedBy, decryptedBy, tamperDetection, cipher, keyDelivery, null);
  }

  /** Object security without cipher or key facts. */
  public ObjectSecurity(String encryptedBy, String decryptedBy, TamperDetection tamperDetection) {
    this(encryptedBy, decryptedBy, tamperDetection, null, null);
  }

  /** Whether the party decrypts the information within its own segments and encrypts it again. */
  public boolean reencrypts(String party) {
    return party != null && reencryptedBy != null && reencryptedBy.contains(party);
  }

  /** Whether tampering with the data is detectable. */
  public boolean tamperDetectable() {
    return tamperDetection != null && tamperDetection != TamperDetection.NONE;
  }
}
