package org.relieve.ui;

import java.util.Optional;

import com.vaadin.flow.spring.annotation.UIScope;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffService;
import org.springframework.stereotype.Component;

/** The staff member using this browser tab, looked up once per UI. */
@Component
@UIScope
public class CurrentStaff {

    private final Optional<StaffMember> member;

    CurrentStaff(AuthenticationContext authentication, StaffService staff) {
        this.member = authentication.getPrincipalName().flatMap(staff::findByUsername);
    }

    public Optional<StaffMember> member() {
        return member;
    }

    public String displayName() {
        return member.map(StaffMember::displayName).orElse("");
    }
}
