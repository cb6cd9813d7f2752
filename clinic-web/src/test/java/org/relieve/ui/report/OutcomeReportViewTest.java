package org.relieve.ui.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.clinical.PainCause;
import org.relieve.reporting.GroupBy;
import org.relieve.reporting.OutcomeGroup;
import org.springframework.security.test.context.support.WithMockUser;

/** The outcome reports page on the demo data (six months of signed sessions). */
@IntegrationTest
@ViewPackages(packages = "org.relieve")
class OutcomeReportViewTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aManagerSeesEveryClientAndTheCauseFilterChangesChartAndTable() {
        OutcomeReportView view = navigate(OutcomeReportView.class);
        assertThat(view.therapist.isVisible()).isTrue();
        assertThat(view.filter().from()).isNotNull();

        String allSvg = svg(view.groupChart);
        List<String> allRows = rows(view.groupGrid);
        assertThat(allSvg).startsWith("<svg").contains("(n=");
        assertThat(allRows).isNotEmpty();
        assertThat(svg(view.trendChart)).contains("Mean latest pain");
        assertThat(rows(view.trendGrid)).isNotEmpty();

        test(view.groupBy).selectItem("Cause");
        test(find(com.vaadin.flow.component.button.Button.class).withText("Update").single()).click();
        List<String> byCause = rows(view.groupGrid);
        assertThat(byCause).hasSizeGreaterThanOrEqualTo(2);

        view.cause.setValue(PainCause.MUSCLE_STRAIN);
        test(find(com.vaadin.flow.component.button.Button.class).withText("Update").single()).click();
        assertThat(rows(view.groupGrid)).hasSize(1).first().asString().startsWith(PainCause.MUSCLE_STRAIN.label());
        assertThat(svg(view.groupChart)).contains(PainCause.MUSCLE_STRAIN.label())
                .doesNotContain(PainCause.STRESS_TENSION.label());
        assertThat(rows(view.groupGrid)).isNotEqualTo(byCause);
    }

    @Test
    @WithMockUser(username = "therapist", roles = "THERAPIST")
    void aTherapistSeesOnlyTheirOwnClients() {
        OutcomeReportView view = navigate(OutcomeReportView.class);
        assertThat(view.therapist.isVisible()).isFalse();
        assertThat(find(com.vaadin.flow.component.html.Span.class).withText("Your clients only").exists()).isTrue();

        view.groupBy.setValue(GroupBy.THERAPIST);
        view.update();
        @SuppressWarnings("unchecked")
        List<OutcomeGroup> groups = view.groupGrid.getListDataView().getItems().toList();
        assertThat(groups).hasSize(1);
        assertThat(groups.getFirst().label()).isEqualTo("Maya Lee");
        assertThat(svg(view.groupChart)).contains("Maya Lee").doesNotContain("Arif Santoso");
    }

    @Test
    @WithMockUser(username = "frontdesk", roles = "FRONT_DESK")
    void frontDeskCannotOpenOutcomeReports() {
        assertThatThrownBy(() -> navigate("reports", OutcomeReportView.class)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String svg(com.vaadin.flow.component.Svg chart) {
        return chart.getElement().getProperty("innerHTML", "");
    }

    private List<String> rows(Grid<OutcomeGroup> grid) {
        List<String> rows = new ArrayList<>();
        var tester = test(grid);
        for (int row = 0; row < tester.size(); row++) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < 8; column++) {
                line.append(tester.getCellText(row, column)).append('|');
            }
            rows.add(line.toString());
        }
        return rows;
    }
}
