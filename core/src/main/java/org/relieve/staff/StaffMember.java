package org.relieve.staff;

import java.util.Set;

/** A staff account as the rest of the application sees it: never with its password hash. */
public record StaffMember(
        long id,
        String username,
        String displayName,
        Set<StaffRole> roles,
        boolean enabled,
        boolean mustChangePassword,
        long version) {

    public boolean hasRole(StaffRole role) {
        return roles.contains(role);
    }
}
