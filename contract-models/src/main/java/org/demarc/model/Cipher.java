package org.demarc.model;

/**
 * The cipher that protects the data itself.
 *
 * @param name e.g. AES-256-GCM
 * @param cryptrecListed whether it is on the e-Government recommended ciphers list (電子政府推奨暗号, CRYPTREC)
 */
public record Cipher(String name, Boolean cryptrecListed) {}
