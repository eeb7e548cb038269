package org.demarc.registry;

/**
 * The first answer to each {@code Idempotency-Key}: a request claims its key before it runs and stores its answer
 * after; a retry with the same key and the same request gets that answer back instead of running again.
 */
public interface IdempotencyStore {

  /** An answer as first sent. */
  record Answer(int status, String contentType, String location, String etag, String decisionId, String body) {}

  /** What a claim found. */
  sealed interface Claim permits Claimed, Replay, InProgress, Mismatch {}

  /** The key is new: run the request, then {@link #complete} or {@link #release} it. */
  record Claimed() implements Claim {}

  /** The key was used for this same request: send its answer again. */
  record Replay(Answer answer) implements Claim {}

  /** The key's first request is still running. */
  record InProgress() implements Claim {}

  /** The key was used for a different request (another route or body). */
  record Mismatch() implements Claim {}

  /** Claims the key for a request on {@code route} whose body hashes to {@code requestHash}. */
  Claim claim(String tenant, String key, String route, String requestHash);

  /** Stores the answer of a claimed key. */
  void complete(String tenant, String key, Answer answer);

  /** Gives a claimed key up (the request failed before answering), so a retry runs again. */
  void release(String tenant, String key);
}
