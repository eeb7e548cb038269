package org.demarc.model;

/**
 * Security of the information itself (オブジェクト・セキュリティ): where the data is encrypted and decrypted, and
 * whether tampering is detectable. The side of each demarcation point follows from the party: the provider
 * encrypts before the first demarcation point, a recipient decrypts after the last one, a segment operator
 * encrypts or decrypts inside its own segment, so it sees the plaintext.
 *
 * @param encryptedBy id of the party that encrypts the data; absent when the data is not encrypted
 * @param decryptedBy id of the party that decrypts it
 * @param tamperDetection how tampering is detected
 */
public record ObjectSecurity(String encryptedBy, String decryptedBy, TamperDetection tamperDetection) {

  /** Whether tampering with the data is detectable. */
  public boolean tamperDetectable() {
    return tamperDetection != null && tamperDetection != TamperDetection.NONE;
  }
}
