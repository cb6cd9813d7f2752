package org.relieve.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.relieve.common.ClinicProperties;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads appointments with their names in one query (the schedule shows a day at a time; no N+1). */
@Component
class AppointmentQueries {

    private static final String SELECT = """
            select a.id, a.client_id, c.first_name || ' ' || c.last_name as client_name, a.therapist_id,
                   s.display_name as therapist_name, a.room_id, r.name as room_name, a.type_id, t.name as type_name,
                   a.starts_at, a.ends_at, a.blocked_until, a.status, a.cancellation_reason, a.override_reason,
                   a.notes, a.series_id, a.version
              from appointment a
              join client c on c.id = a.client_id
              join staff_account s on s.id = a.therapist_id
              join room r on r.id = a.room_id
              left join appointment_type t on t.id = a.type_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;

    AppointmentQueries(NamedParameterJdbcTemplate jdbc, ClinicProperties clinic) {
        this.jdbc = jdbc;
        this.zone = clinic.zone();
    }

    /** Whether the client is registered (the schedule does not depend on the client feature). */
    boolean clientExists(long clientId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from client where id = :id)",
                new MapSqlParameterSource("id", clientId), Boolean.class));
    }

    List<AppointmentDetails> inRange(Instant from, Instant to, Long therapistId, Long roomId, Long clientId) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("from", java.sql.Timestamp.from(from)).addValue("to", java.sql.Timestamp.from(to));
        StringBuilder where = new StringBuilder(" where a.starts_at < :to and a.ends_at > :from");
        if (therapistId != null) {
            where.append(" and a.therapist_id = :therapist");
            params.addValue("therapist", therapistId);
        }
        if (roomId != null) {
            where.append(" and a.room_id = :room");
            params.addValue("room", roomId);
        }
        if (clientId != null) {
            where.append(" and a.client_id = :client");
            params.addValue("client", clientId);
        }
        return jdbc.query(SELECT + where + " order by a.starts_at, s.display_name, a.id", params, this::toDetails);
    }

    Optional<AppointmentDetails> byId(long id) {
        return jdbc.query(SELECT + " where a.id = :id", new MapSqlParameterSource("id", id), this::toDetails)
                .stream().findFirst();
    }

    /** The first appointment still holding its slot that overlaps the range for the named column. */
    Optional<AppointmentDetails> firstClash(String column, long value, Instant from, Instant until, Long exceptId) {
        String range = column.equals("client_id") ? "tstzrange(a.starts_at, a.ends_at, '[)')"
                : "tstzrange(a.starts_at, a.blocked_until, '[)')";
        String sql = SELECT + " where a." + column + " = :value and a.status in ('BOOKED', 'CHECKED_IN', 'COMPLETED')"
                + " and " + range + " && tstzrange(:from, :until, '[)')"
                + (exceptId == null ? "" : " and a.id <> :except") + " order by a.starts_at limit 1";
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("value", value)
                .addValue("from", java.sql.Timestamp.from(from)).addValue("until", java.sql.Timestamp.from(until))
                .addValue("except", exceptId);
        return jdbc.query(sql, params, this::toDetails).stream().findFirst();
    }

    private AppointmentDetails toDetails(ResultSet rs, int row) throws SQLException {
        return new AppointmentDetails(rs.getLong("id"), rs.getLong("client_id"), rs.getString("client_name"),
                rs.getLong("therapist_id"), rs.getString("therapist_name"), rs.getLong("room_id"),
                rs.getString("room_name"), (Long) rs.getObject("type_id"), rs.getString("type_name"),
                inZone(rs, "starts_at"), inZone(rs, "ends_at"), inZone(rs, "blocked_until"),
                AppointmentStatus.valueOf(rs.getString("status")), rs.getString("cancellation_reason"),
                rs.getString("override_reason"), rs.getString("notes"), (UUID) rs.getObject("series_id"),
                rs.getLong("version"));
    }

    private OffsetDateTime inZone(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime();
    }
}
