package org.relieve.ui.report;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.relieve.clinical.ClientProfile;
import org.relieve.clinical.PainCause;
import org.relieve.common.ClinicProperties;
import org.relieve.reporting.GroupBy;
import org.relieve.reporting.OutcomeFilter;
import org.relieve.reporting.OutcomeGroup;
import org.relieve.reporting.OutcomeReport;
import org.relieve.reporting.OutcomeReportService;
import org.relieve.reporting.chart.ChartRenderer;
import org.relieve.reporting.chart.OutcomeCharts;
import org.relieve.reporting.export.ReportCsv;
import org.relieve.reporting.export.ReportPdf;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.relieve.ui.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Outcome reports on screen: a pain trend by week or month and a comparison by technique, cause, therapist
 * or profile, each a chart with its table; CSV and PDF downloads. Managers see every client, therapists
 * their own (the service enforces it; the view only says so).
 */
@Route("reports")
@PageTitle("Outcome reports · Relieve")
@Menu(title = "Outcome reports", order = 30, icon = "vaadin:chart-line")
@RolesAllowed({"MANAGER", "THERAPIST"})
public class OutcomeReportView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(OutcomeReportView.class);
    static final String TOO_FEW = OutcomeCharts.TOO_FEW;
    static final int CHART_WIDTH = 900;
    static final int CHART_HEIGHT = 380;

    private final OutcomeReportService reports;
    private final ClinicProperties clinic;
    private final boolean manager;

    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Select<StaffMember> therapist = new Select<>();
    final Select<PainCause> cause = new Select<>();
    final Select<ClientProfile> profile = new Select<>();
    final Select<GroupBy> groupBy = new Select<>();
    final Select<OutcomeCharts.Measure> measure = new Select<>();

    final Svg trendChart = new Svg();
    final Svg groupChart = new Svg();
    final Grid<OutcomeGroup> trendGrid = groupGrid("Period");
    final Grid<OutcomeGroup> groupGrid = groupGrid("Group");

    private final Button preparePdf = new Button("Prepare PDF");
    private final ProgressBar pdfProgress = new ProgressBar();
    private final Anchor pdfDownload = new Anchor();
    private final Span pdfStatus = new Span();

    private OutcomeReport trend;
    private OutcomeReport byGroup;
    private volatile byte[] pdf;

    public OutcomeReportView(OutcomeReportService reports, StaffService staff, ClinicProperties clinic,
                             AuthenticationContext authentication) {
        this.reports = reports;
        this.clinic = clinic;
        this.manager = authentication.hasRole(StaffRole.MANAGER.name());
        addClassName("relieve-view");
        addClassName("outcome-report-view");

        LocalDate today = LocalDate.now(clinic.zone());
        from.setValue(today.minusMonths(6).withDayOfMonth(1));
        to.setValue(today);

        therapist.setLabel("Therapist");
        therapist.setItems(staff.withRole(StaffRole.THERAPIST));
        therapist.setItemLabelGenerator(member -> member == null ? "All therapists" : member.displayName());
        therapist.setEmptySelectionAllowed(true);
        therapist.setEmptySelectionCaption("All therapists");
        therapist.setVisible(manager);

        optionalSelect(cause, "Cause", "All causes", PainCause.values(), PainCause::label);
        optionalSelect(profile, "Profile", "All profiles", ClientProfile.values(), ClientProfile::label);

        groupBy.setLabel("Group by");
        groupBy.setItems(GroupBy.TECHNIQUE, GroupBy.CAUSE, GroupBy.THERAPIST, GroupBy.PROFILE);
        groupBy.setItemLabelGenerator(g -> capitalised(g.name()));
        groupBy.setValue(GroupBy.TECHNIQUE);

        measure.setLabel("Compare");
        measure.setItems(OutcomeCharts.Measure.values());
        measure.setItemLabelGenerator(OutcomeCharts.Measure::label);
        measure.setValue(OutcomeCharts.Measure.MEAN_CHANGE);

        Button update = new Button("Update", click -> update());
        update.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(from, to, therapist, cause, profile, groupBy, measure, update);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                ReportCsv.write(byGroup, writer);
            }
            byte[] data = bytes.toByteArray();
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(data),
                    "outcomes-by-" + byGroup.groupBy().name().toLowerCase(Locale.ROOT) + ".csv", "text/csv", data.length);
        }), AttachmentType.DOWNLOAD, "Download CSV");
        csv.addClassName("relieve-download");

        preparePdf.addClickListener(click -> startPdf());
        pdfProgress.setIndeterminate(true);
        pdfProgress.setWidth("8em");
        pdfProgress.setVisible(false);
        pdfDownload.setText("Download PDF");
        pdfDownload.addClassName("relieve-download");
        pdfDownload.setVisible(false);
        HorizontalLayout exports = new HorizontalLayout(csv, preparePdf, pdfProgress, pdfStatus, pdfDownload);
        exports.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        Span scope = new Span(manager ? "All clients" : "Your clients only");
        scope.addClassName("relieve-scope");

        trendChart.addClassName("relieve-chart");
        groupChart.addClassName("relieve-chart");
        add(new H2("Outcome reports"), scope, filters, exports,
                new H3("Pain over time"), trendChart, trendGrid,
                new H3("Comparison"), groupChart, groupGrid);
        update();
    }

    /** The filter as chosen; a therapist's own scope is applied by the service. */
    OutcomeFilter filter() {
        Long therapistId = manager && therapist.getValue() != null ? therapist.getValue().id() : null;
        return new OutcomeFilter(from.getValue(), to.getValue(), therapistId, cause.getValue(), profile.getValue());
    }

    /** Weekly buckets for ranges of up to twelve weeks, monthly otherwise (and when unbounded). */
    GroupBy trendBucket(OutcomeFilter filter) {
        if (filter.from() != null && filter.to() != null
                && ChronoUnit.DAYS.between(filter.from(), filter.to()) < 12 * 7) {
            return GroupBy.WEEK;
        }
        return GroupBy.MONTH;
    }

    void update() {
        OutcomeFilter filter = filter();
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            Notifications.error("The start date is after the end date.");
            return;
        }
        trend = reports.report(filter, trendBucket(filter));
        byGroup = reports.report(filter, groupBy.getValue());
        trendChart.setSvg(ChartRenderer.svg(OutcomeCharts.trend(trend), CHART_WIDTH, CHART_HEIGHT));
        groupChart.setSvg(ChartRenderer.svg(OutcomeCharts.byGroup(byGroup, measure.getValue()), CHART_WIDTH, CHART_HEIGHT));
        trendGrid.setItems(trend.groups());
        groupGrid.setItems(byGroup.groups());
        pdf = null;
        pdfDownload.setVisible(false);
        pdfStatus.setText("");
    }

    /** Builds the PDF off the request thread; the page polls until it is ready, then offers the download. */
    private void startPdf() {
        UI ui = UI.getCurrent();
        OutcomeReport trendNow = trend;
        OutcomeReport groupNow = byGroup;
        String filters = filtersText();
        SecurityContext security = SecurityContextHolder.getContext();
        preparePdf.setEnabled(false);
        pdfProgress.setVisible(true);
        pdfDownload.setVisible(false);
        pdfStatus.setText("Preparing the PDF…");
        ui.setPollInterval(500);
        Thread.ofVirtual().name("outcome-pdf").start(() -> {
            SecurityContextHolder.setContext(security);
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ReportPdf.write(trendNow, groupNow, clinic.name(), filters, Instant.now(), clinic.zone(), out);
                byte[] bytes = out.toByteArray();
                ui.access(() -> pdfReady(ui, bytes));
            } catch (RuntimeException e) {
                log.error("Outcome report PDF failed", e);
                ui.access(() -> {
                    finishPdf(ui);
                    pdfStatus.setText("");
                    Notifications.error("The PDF could not be prepared. Please try again.");
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private void pdfReady(UI ui, byte[] bytes) {
        pdf = bytes;
        finishPdf(ui);
        pdfStatus.setText("PDF ready");
        pdfDownload.setHref(DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams.DownloadResponse(
                new java.io.ByteArrayInputStream(bytes), "outcome-report.pdf", "application/pdf", bytes.length)),
                AttachmentType.DOWNLOAD);
        pdfDownload.setVisible(true);
    }

    private void finishPdf(UI ui) {
        ui.setPollInterval(-1);
        pdfProgress.setVisible(false);
        preparePdf.setEnabled(true);
    }

    byte[] pdf() {
        return pdf;
    }

    String filtersText() {
        List<String> parts = new ArrayList<>();
        parts.add((from.getValue() == null ? "start" : from.getValue()) + " to " + (to.getValue() == null ? "today" : to.getValue()));
        parts.add(manager ? (therapist.getValue() == null ? "all therapists" : therapist.getValue().displayName())
                : "own clients only");
        if (cause.getValue() != null) {
            parts.add("cause: " + cause.getValue().label());
        }
        if (profile.getValue() != null) {
            parts.add("profile: " + profile.getValue().label());
        }
        parts.add("grouped by " + groupBy.getValue().name().toLowerCase(Locale.ROOT));
        return String.join(" · ", parts);
    }

    private static <T> void optionalSelect(Select<T> select, String label, String all, T[] values,
                                           Function<T, String> labels) {
        select.setLabel(label);
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(all);
        select.setItemLabelGenerator(value -> value == null ? all : labels.apply(value));
    }

    private static Grid<OutcomeGroup> groupGrid(String first) {
        Grid<OutcomeGroup> grid = new Grid<>();
        grid.addColumn(g -> g.label() == null || g.label().isBlank() ? g.key() : g.label()).setHeader(first)
                .setFlexGrow(3);
        grid.addColumn(OutcomeGroup::clients).setHeader("Clients (n)").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(OutcomeGroup::sessions).setHeader("Sessions").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(g -> g.suppressed() ? TOO_FEW : one(g.meanBaseline())).setHeader("Baseline")
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(2);
        grid.addColumn(g -> g.suppressed() ? "" : one(g.meanLatest())).setHeader("Latest").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(g -> g.suppressed() ? "" : one(g.meanChange())).setHeader("Change").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(g -> g.suppressed() ? "" : one(g.meanSessionChange())).setHeader("In-session change")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(g -> g.suppressed() || g.mcidRate() == null ? "" : Math.round(g.mcidRate() * 100) + " %")
                .setHeader("Reached MCID").setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String one(Double value) {
        return value == null ? "–" : String.format(Locale.ENGLISH, "%.1f", value);
    }

    private static String capitalised(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
