package org.demarc.api;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;

/** Tokens as an identity provider issues them, for the tests: an RSA key pair, its public key as PEM, RS256 tokens. */
final class TestJwts {
  private TestJwts() {}

  /** A new 2048-bit RSA key pair. */
  static KeyPair keyPair() throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return g.generateKeyPair();
  }

  /** Writes KEY to FILE as a PEM public key (what {@code ...jwt.public-key-location} names) and returns FILE. */
  static Path writePem(Path file, PublicKey key) throws IOException {
    return Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
        + "\n-----END PUBLIC KEY-----\n");
  }

  /** CLAIMS signed with KEYS' private key (RS256), serialized. */
  static String sign(KeyPair keys, JWTClaimsSet claims) throws JOSEException {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
    return jwt.serialize();
  }
}
