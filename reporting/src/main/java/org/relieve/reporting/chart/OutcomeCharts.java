package org.relieve.reporting.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.relieve.reporting.ClientOutcome;
import org.relieve.reporting.GroupBy;
import org.relieve.reporting.Mcid;
import org.relieve.reporting.OutcomeGroup;
import org.relieve.reporting.OutcomeReport;

/**
 * The outcome charts, built once as JFreeChart models and rendered to SVG (screen) or PDF (print) by
 * {@link ChartRenderer}. Suppressed groups (too few clients) get a category but no value.
 */
public final class OutcomeCharts {

    /** The clinic's teal. */
    public static final Color TEAL = new Color(0x1f, 0x8a, 0x7e);
    static final Color SLATE = new Color(0x8a, 0x94, 0xa6);
    static final Color AMBER = new Color(0xd9, 0x82, 0x2b);
    static final Color GRID = new Color(0xe3, 0xe6, 0xea);
    static final Color TEXT = new Color(0x33, 0x3d, 0x47);
    static final String FONT = "DejaVu Sans";

    public static final String MEAN_BASELINE = "Mean baseline pain";
    public static final String MEAN_LATEST = "Mean latest pain";
    public static final String BEFORE = "Before session";
    public static final String AFTER = "After session";
    public static final String TOO_FEW = "too few to report";

    /** What the bar chart by group shows. */
    public enum Measure {
        MEAN_CHANGE("Mean change in pain (points)"),
        MCID_RATE("Clients reaching MCID (%)");

        private final String label;

        Measure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private OutcomeCharts() {
    }

    /** Mean baseline and mean latest pain per week or month bucket of a {@link GroupBy#WEEK}/{@link GroupBy#MONTH} report. */
    public static JFreeChart trend(OutcomeReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (OutcomeGroup group : report.groups()) {
            String category = categoryLabel(group);
            data.addValue(group.suppressed() ? null : group.meanBaseline(), MEAN_BASELINE, category);
            data.addValue(group.suppressed() ? null : group.meanLatest(), MEAN_LATEST, category);
        }
        String bucket = report.groupBy() == GroupBy.WEEK ? "week" : "month";
        CategoryPlot plot = new CategoryPlot(data, categoryAxis(report.groups().size() > 8), painAxis("Pain (NPRS 0–10)"),
                lineRenderer(List.of(SLATE, TEAL), List.of(true, false)));
        return chart("Pain by " + bucket, plot);
    }

    /** One bar per group: the mean change (or MCID rate), with n in the label; suppressed groups have no bar. */
    public static JFreeChart byGroup(OutcomeReport report, Measure measure) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (OutcomeGroup group : report.groups()) {
            Double value = group.suppressed() ? null
                    : measure == Measure.MEAN_CHANGE ? group.meanChange()
                    : group.mcidRate() == null ? null : group.mcidRate() * 100;
            data.addValue(value, measure.label(), categoryLabel(group));
        }
        NumberAxis axis = new NumberAxis(measure.label());
        styleValueAxis(axis);
        if (measure == Measure.MCID_RATE) {
            axis.setRange(0, 100);
            axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(20));
        } else {
            axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.5));
            axis.setAutoRangeIncludesZero(true);
        }
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setSeriesPaint(0, TEAL);
        bars.setMaximumBarWidth(0.12);
        bars.setItemMargin(0);
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new java.text.DecimalFormat(measure == Measure.MCID_RATE ? "0'%'" : "0.0")));
        bars.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 11));
        bars.setDefaultItemLabelPaint(TEXT);
        CategoryPlot plot = new CategoryPlot(data, categoryAxis(report.groups().size() > 5), axis, bars);
        JFreeChart chart = chart(measure.label() + " by " + report.groupBy().name().toLowerCase(Locale.ROOT), plot);
        chart.removeLegend();
        return chart;
    }

    /** One client's pain before and after each signed session, with the baseline and the MCID threshold. */
    public static JFreeChart clientTrend(ClientOutcome outcome) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);
        Map<String, Integer> seen = new HashMap<>();
        for (ClientOutcome.SessionScores session : outcome.sessions()) {
            String category = session.date().format(day);
            int count = seen.merge(category, 1, Integer::sum);
            if (count > 1) {
                category = category + " (" + count + ")";
            }
            data.addValue(session.painBefore(), BEFORE, category);
            data.addValue(session.painAfter(), AFTER, category);
        }
        NumberAxis axis = painAxis("Pain (NPRS 0–10)");
        CategoryPlot plot = new CategoryPlot(data, categoryAxis(outcome.sessions().size() > 8), axis,
                lineRenderer(List.of(TEAL, SLATE), List.of(false, true)));
        if (outcome.baseline() != null) {
            plot.addRangeMarker(marker(outcome.baseline(), "Baseline " + outcome.baseline(), SLATE));
            int threshold = mcidThreshold(outcome.baseline());
            if (threshold >= 0) {
                plot.addRangeMarker(marker(threshold, "MCID ≤ " + threshold, AMBER));
            }
        }
        return chart("Pain per session", plot);
    }

    /** The highest latest score that counts as a clinically important improvement from the baseline. */
    public static int mcidThreshold(int baseline) {
        int score = baseline;
        while (score >= 0 && !Mcid.reached(baseline, score)) {
            score--;
        }
        return score;
    }

    /** The category label: the group's label and n, or "too few to report". */
    public static String categoryLabel(OutcomeGroup group) {
        String label = group.label() == null || group.label().isBlank() ? group.key() : group.label();
        return group.suppressed() ? label + " (" + TOO_FEW + ")" : label + " (n=" + group.clients() + ")";
    }

    private static ValueMarker marker(double value, String label, Color colour) {
        ValueMarker marker = new ValueMarker(value, colour,
                new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
        marker.setLabel(label);
        marker.setLabelFont(new Font(FONT, Font.PLAIN, 11));
        marker.setLabelPaint(colour.darker());
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        marker.setLabelOffset(new RectangleInsets(2, 2, 2, 4));
        return marker;
    }

    private static LineAndShapeRenderer lineRenderer(List<Color> colours, List<Boolean> dashed) {
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < colours.size(); i++) {
            renderer.setSeriesPaint(i, colours.get(i));
            renderer.setSeriesStroke(i, dashed.get(i)
                    ? new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f)
                    : new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        renderer.setUseFillPaint(false);
        return renderer;
    }

    private static CategoryAxis categoryAxis(boolean slanted) {
        CategoryAxis axis = new CategoryAxis();
        axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(GRID);
        axis.setTickMarksVisible(false);
        axis.setMaximumCategoryLabelLines(2);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        if (slanted) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return axis;
    }

    private static NumberAxis painAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        styleValueAxis(axis);
        axis.setRange(0, 10.5);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return axis;
    }

    private static void styleValueAxis(NumberAxis axis) {
        axis.setLabelFont(new Font(FONT, Font.PLAIN, 11));
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
    }

    private static JFreeChart chart(String title, CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setNoDataMessage("No signed sessions in this selection");
        plot.setNoDataMessageFont(new Font(FONT, Font.PLAIN, 13));
        plot.setNoDataMessagePaint(TEXT);
        JFreeChart chart = new JFreeChart(plot);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        TextTitle heading = new TextTitle(title, new Font(FONT, Font.BOLD, 14));
        heading.setPaint(TEXT);
        heading.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        heading.setPadding(new RectangleInsets(0, 4, 8, 0));
        chart.setTitle(heading);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(new Font(FONT, Font.PLAIN, 11));
            legend.setItemPaint(TEXT);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setPosition(RectangleEdge.TOP);
            legend.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.RIGHT);
        }
        return chart;
    }

    /** CSS font families for SVG text: unquoted, as the SVG writer puts the style in single quotes. */
    static Function<String, String> fontFamilies() {
        return family -> FONT.equals(family) ? "DejaVu Sans, Segoe UI, Roboto, Helvetica, Arial, sans-serif" : family;
    }
}
