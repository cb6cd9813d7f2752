package org.relieve.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API calls of an account that must change its password; the API chain's exception
 * handling turns the refusal into a 403 problem. Not a bean, so the servlet container does not
 * run it outside the chain.
 */
final class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    private final StaffService staff;

    PasswordChangeRequiredFilter(StaffService staff) {
        this.staff = staff;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (staff.currentMember().map(StaffMember::mustChangePassword).orElse(false)) {
            throw new PasswordChangeRequiredException();
        }
        chain.doFilter(request, response);
    }
}
