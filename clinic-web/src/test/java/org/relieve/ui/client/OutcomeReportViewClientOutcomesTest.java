package org.relieve.ui.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The Outcomes tab on the client page: the therapist in care sees the client's pain chart and MCID status. */
@IntegrationTest
@ViewPackages(packages = "org.relieve")
class OutcomeReportViewClientOutcomesTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "therapist", roles = "THERAPIST")
    void theTherapistInCareSeesTheClientsPainChart() {
        Long clientId = jdbc.queryForObject("""
                select c.id from client c
                  join staff_account t on t.id = c.primary_therapist_id
                  join session_record s on s.client_id = c.id and s.status = 'SIGNED'
                 where t.username = 'therapist'
                 group by c.id order by count(*) desc, c.id limit 1""", Long.class);
        navigate(ClientDetailsView.class, Map.of(ClientDetailsView.CLIENT_ID, String.valueOf(clientId)));
        test(find(TabSheet.class).single()).select("Outcomes");

        ClientOutcomesTab tab = find(ClientOutcomesTab.class).single();
        String svg = tab.chart.getElement().getProperty("innerHTML", "");
        assertThat(svg).startsWith("<svg").contains("Before session", "After session", "Baseline ");
        assertThat(find(Span.class).withTextContaining("Baseline: ").exists()).isTrue();
        assertThat(find(Span.class).withTextContaining("MCID: ").exists()).isTrue();
        assertThat(find(Svg.class).all()).hasSize(1);
    }
}
