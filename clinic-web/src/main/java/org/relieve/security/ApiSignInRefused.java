package org.relieve.security;

import org.springframework.security.core.AuthenticationException;

/** An API sign-in refused for a reason the caller can act on; the message is the problem's detail. */
class ApiSignInRefused extends AuthenticationException {

    ApiSignInRefused(String detailForPeople) {
        super(detailForPeople);
    }
}
