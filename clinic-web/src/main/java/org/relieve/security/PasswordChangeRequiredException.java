package org.relieve.security;

import org.springframework.security.access.AccessDeniedException;

/** An account whose password an administrator reset may do nothing until its owner chooses a new one. */
class PasswordChangeRequiredException extends AccessDeniedException {

    PasswordChangeRequiredException() {
        super("The password of this account was reset and must be changed before the account can be used. "
                + "Sign in to Relieve in a browser and choose a new password under \"My account\".");
    }
}
