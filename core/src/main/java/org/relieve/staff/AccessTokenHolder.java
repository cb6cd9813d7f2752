package org.relieve.staff;

import java.util.Set;

/** Who a presented token acts for, with the owner's roles as they are now. */
public record AccessTokenHolder(String username, Set<StaffRole> roles, long tokenId) {
}
