package org.demarc.rules.facts;

import org.demarc.model.RemoteLogin;

/**
 * A remote login with its index in {@code /remoteLogins}.
 *
 * @param index index
 * @param login the remote login
 */
public record RemoteLoginEntry(int index, RemoteLogin login) {}
