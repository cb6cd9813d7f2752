package org.relieve.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trail is tamper-evident. Tampering needs the trigger out of the way (as a database owner
 * could do); each test does it inside its own transaction, which rolls back, so the shared trail
 * stays intact for every other test.
 */
@SpringBootTest
@Transactional
class AuditChainTest {

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anUntouchedTrailVerifies() {
        writeThreeEvents();
        AuditVerification result = verifier.verifyUnchecked();
        assertThat(result.intact()).as(result.summary()).isTrue();
        assertThat(result.eventsChecked()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void eachEventLinksToTheOneBefore() {
        writeThreeEvents();
        var rows = jdbc.queryForList("select prev_hash, hash from audit_event where hash is not null order by id desc limit 3");
        assertThat(rows.get(0).get("prev_hash")).isEqualTo(rows.get(1).get("hash"));
        assertThat(rows.get(1).get("prev_hash")).isEqualTo(rows.get(2).get("hash"));
    }

    @Test
    void aRowAlteredBehindTheApplicationsBackIsFound() {
        writeThreeEvents();
        long middle = jdbc.queryForObject("select id from audit_event where detail = 'second'", Long.class);
        jdbc.execute("alter table audit_event disable trigger audit_event_append_only");
        jdbc.update("update audit_event set actor = 'someone-else' where id = ?", middle);

        AuditVerification result = verifier.verifyUnchecked();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtId()).isEqualTo(middle);
        assertThat(result.problem()).contains("changed");
    }

    @Test
    void aDeletedRowIsFoundAtTheNextOne() {
        writeThreeEvents();
        long middle = jdbc.queryForObject("select id from audit_event where detail = 'second'", Long.class);
        long last = jdbc.queryForObject("select id from audit_event where detail = 'third'", Long.class);
        jdbc.execute("alter table audit_event disable trigger audit_event_append_only");
        jdbc.update("delete from audit_event where id = ?", middle);

        AuditVerification result = verifier.verifyUnchecked();
        assertThat(result.brokenAtId()).isEqualTo(last);
        assertThat(result.problem()).contains("removed");
    }

    private void writeThreeEvents() {
        auditTrail.recordFor("tester", AuditAction.VIEW, "Client", 1, 1L, "first");
        auditTrail.recordFor("tester", AuditAction.UPDATE, "Client", 1, 1L, "second");
        auditTrail.recordFor("tester", AuditAction.EXPORT, "Client", 1, 1L, "third");
        auditTrail.flush();
    }
}
