package org.relieve.api.staff;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.relieve.staff.NewStaffAccount;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The staff directory for integrations, and account creation for administrators. */
@RestController
@RequestMapping("/api/staff")
class StaffApiController {

    record StaffJson(long id, String username, String displayName, Set<StaffRole> roles) {
        static StaffJson of(StaffMember member) {
            return new StaffJson(member.id(), member.username(), member.displayName(), member.roles());
        }
    }

    private final StaffService staff;

    StaffApiController(StaffService staff) {
        this.staff = staff;
    }

    @GetMapping
    List<StaffJson> list(@RequestParam(required = false) StaffRole role) {
        List<StaffMember> members = role == null
                ? staff.directory().stream().filter(StaffMember::enabled).toList()
                : staff.withRole(role);
        return members.stream().map(StaffJson::of).toList();
    }

    @GetMapping("/{id}")
    StaffJson get(@org.springframework.web.bind.annotation.PathVariable long id) {
        return StaffJson.of(staff.get(id));
    }

    @PostMapping
    ResponseEntity<StaffJson> create(@RequestBody NewStaffAccount account) {
        StaffMember created = staff.create(account);
        return ResponseEntity.created(URI.create("/api/staff/" + created.id())).body(StaffJson.of(created));
    }
}
