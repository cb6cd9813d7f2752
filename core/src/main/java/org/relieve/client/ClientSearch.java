package org.relieve.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.relieve.clinical.ClientProfile;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The client list's query, in SQL so that it uses the trigram index and reads only the page shown
 * (the list must stay fast at tens of thousands of clients).
 */
@Component
class ClientSearch {

    /** The same expression as the index client_search_trgm_idx. */
    private static final String SEARCH_TEXT =
            "lower(c.first_name || ' ' || c.last_name || ' ' || coalesce(c.email, '') || ' ' || coalesce(c.phone, ''))";

    private static final String AWAITING_CLEARANCE = """
            exists (select 1
                      from intake_red_flag f
                     where f.intake_id = (select i.id from intake_assessment i where i.client_id = c.id
                                           order by i.assessed_on desc, i.id desc limit 1)
                       and not exists (select 1 from referral r
                                        where r.intake_id = f.intake_id and r.cleared_for_treatment))""";

    private final NamedParameterJdbcTemplate jdbc;

    ClientSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Page<ClientSummary> search(ClientFilter filter, Pageable page, boolean showClinicalFlags) {
        StringBuilder where = new StringBuilder(" where true");
        MapSqlParameterSource params = new MapSqlParameterSource();
        String text = filter.text() == null ? "" : filter.text().strip().toLowerCase();
        if (!text.isEmpty()) {
            where.append(" and ").append(SEARCH_TEXT).append(" like :pattern");
            params.addValue("pattern", "%" + escapeLike(text) + "%");
        }
        if (!filter.includeArchived()) {
            where.append(" and not c.archived");
        }
        if (filter.primaryTherapistId() != null) {
            where.append(" and c.primary_therapist_id = :therapist");
            params.addValue("therapist", filter.primaryTherapistId());
        }
        if (filter.awaitingClearanceOnly()) {
            where.append(" and ").append(AWAITING_CLEARANCE);
        }
        long total = jdbc.queryForObject("select count(*) from client c" + where, params, Long.class);
        params.addValue("limit", page.getPageSize()).addValue("offset", page.getOffset());
        String select = "select c.id, c.first_name, c.last_name, c.date_of_birth, c.email, c.phone, c.profile, c.archived,"
                + " s.display_name as therapist_name"
                + (showClinicalFlags ? ", " + AWAITING_CLEARANCE + " as awaiting_clearance" : "")
                + " from client c left join staff_account s on s.id = c.primary_therapist_id" + where
                + " order by c.last_name, c.first_name, c.id limit :limit offset :offset";
        List<ClientSummary> rows = jdbc.query(select, params, (rs, n) -> toSummary(rs, showClinicalFlags));
        return new PageImpl<>(rows, page, total);
    }

    private static ClientSummary toSummary(ResultSet rs, boolean showClinicalFlags) throws SQLException {
        return new ClientSummary(rs.getLong("id"), rs.getString("first_name"), rs.getString("last_name"),
                rs.getObject("date_of_birth", java.time.LocalDate.class), rs.getString("email"), rs.getString("phone"),
                ClientProfile.valueOf(rs.getString("profile")), rs.getString("therapist_name"), rs.getBoolean("archived"),
                showClinicalFlags ? rs.getBoolean("awaiting_clearance") : null);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
