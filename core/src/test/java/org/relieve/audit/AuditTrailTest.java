package org.relieve.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class AuditTrailTest {

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "lee", roles = "THERAPIST")
    void anEventNamesThePersonSignedIn() {
        auditTrail.record(AuditAction.VIEW, "IntakeAssessment", 42L, 7L, "opened");
        auditTrail.flush();

        assertThat(jdbc.queryForMap("select actor, action, target_type, target_id, client_id from audit_event order by id desc limit 1"))
                .containsEntry("actor", "lee")
                .containsEntry("action", "VIEW")
                .containsEntry("target_type", "IntakeAssessment")
                .containsEntry("target_id", "42")
                .containsEntry("client_id", 7L);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // each refused statement in its own transaction
    void theDatabaseRefusesToRewriteHistory() {
        auditTrail.recordFor("someone", AuditAction.LOGIN_FAILED, null, null, null, null);

        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'nobody'"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
    }

    @Test
    @WithMockUser(roles = "THERAPIST")
    void onlyAdministratorsReadTheTrail() {
        assertThatThrownBy(() -> auditTrail.latest(null, 10))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }
}
