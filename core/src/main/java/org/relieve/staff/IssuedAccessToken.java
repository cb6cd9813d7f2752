package org.relieve.staff;

/** A token just created: the only time its value exists outside the caller's hands. */
public record IssuedAccessToken(String token, AccessTokenDetails details) {

    @Override
    public String toString() {
        return "IssuedAccessToken[" + details + ", token hidden]";
    }
}
