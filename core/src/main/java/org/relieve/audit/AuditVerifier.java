package org.relieve.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the audit trail's hash chain in order and reports the first event that was altered, or
 * whose predecessor was removed or replaced. Streams the rows, so a long trail needs little memory.
 */
@Service
public class AuditVerifier {

    private final JdbcTemplate jdbc;

    /** Public for tools that check another database than the application's, such as a restored copy. */
    public AuditVerifier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        return verifyUnchecked();
    }

    /** For the command-line check, which runs without a signed-in person. */
    public AuditVerification verifyUnchecked() {
        Walk walk = new Walk();
        jdbc.setFetchSize(1000);
        jdbc.query("""
                select id, occurred_at, actor, action, target_type, target_id, client_id, detail, prev_hash, hash
                  from audit_event where hash is not null order by id""", walk);
        return new AuditVerification(walk.checked, walk.brokenAt, walk.problem);
    }

    private static final class Walk implements RowCallbackHandler {
        long checked;
        Long brokenAt;
        String problem;
        String previous;
        boolean first = true;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            if (brokenAt != null) {
                return;
            }
            checked++;
            long id = rs.getLong("id");
            String prevHash = rs.getString("prev_hash");
            if (!first && !Objects.equals(prevHash, previous)) {
                brokenAt = id;
                problem = "it does not follow the event before it (an event was removed, inserted or replaced)";
                return;
            }
            Instant occurredAt = rs.getTimestamp("occurred_at").toInstant();
            Long clientId = (Long) rs.getObject("client_id");
            String expected = AuditChain.hash(prevHash, occurredAt, rs.getString("actor"), rs.getString("action"),
                    rs.getString("target_type"), rs.getString("target_id"), clientId, rs.getString("detail"));
            if (!expected.equals(rs.getString("hash"))) {
                brokenAt = id;
                problem = "its content was changed after it was written";
                return;
            }
            previous = rs.getString("hash");
            first = false;
        }
    }
}
