package org.relieve.reporting.export;

import java.awt.Color;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.relieve.reporting.OutcomeGroup;
import org.relieve.reporting.OutcomeReport;
import org.relieve.reporting.chart.ChartRenderer;
import org.relieve.reporting.chart.OutcomeCharts;

/** A printable A4 outcome report: title, filters, date, the two charts as vectors and the groups as tables. */
public final class ReportPdf {

    private static final Color TEAL = OutcomeCharts.TEAL;
    private static final Color LINE = new Color(0xd5, 0xda, 0xe0);

    private ReportPdf() {
    }

    /** As {@link #write(OutcomeReport, OutcomeReport, String, String, Instant, ZoneId, OutputStream)} in the JVM's zone. */
    public static void write(OutcomeReport trend, OutcomeReport byGroup, String clinicName, String filtersText,
                             Instant generatedAt, OutputStream out) {
        write(trend, byGroup, clinicName, filtersText, generatedAt, ZoneId.systemDefault(), out);
    }

    public static void write(OutcomeReport trend, OutcomeReport byGroup, String clinicName, String filtersText,
                             Instant generatedAt, ZoneId zone, OutputStream out) {
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(clinicName + " — outcome report");
            document.addCreator("Relieve");
            document.open();

            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, TEAL);
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 9, Color.DARK_GRAY);
            document.add(new Paragraph(clinicName, title));
            document.add(new Paragraph("Outcome report", FontFactory.getFont(FontFactory.HELVETICA, 13)));
            document.add(new Paragraph("Filters: " + filtersText, small));
            document.add(new Paragraph("Generated "
                    + DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH).format(generatedAt.atZone(zone)),
                    small));

            float width = document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin();
            float height = width * 0.5f;
            chart(document, ChartRenderer.drawPdf(OutcomeCharts.trend(trend), writer.getDirectContent(), width, height));
            document.add(table(trend));
            document.newPage();
            chart(document, ChartRenderer.drawPdf(OutcomeCharts.byGroup(byGroup, OutcomeCharts.Measure.MEAN_CHANGE),
                    writer.getDirectContent(), width, height));
            document.add(table(byGroup));
            document.add(new Paragraph("Groups with fewer than five clients are not reported, so that nobody can be "
                    + "identified. MCID: latest pain at least 2 points and 30 % below the baseline.", small));
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the outcome report PDF", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    private static void chart(Document document, Image image) throws DocumentException {
        image.setAlignment(Element.ALIGN_CENTER);
        image.setSpacingBefore(12);
        image.setSpacingAfter(6);
        document.add(image);
    }

    private static PdfPTable table(OutcomeReport report) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {3.2f, 1, 1, 1.1f, 1.1f, 1.1f, 1.3f, 1});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        Font head = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8, Color.WHITE);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 8, Color.BLACK);
        for (String h : new String[] {"Group", "Clients", "Sessions", "Baseline", "Latest", "Change",
                "In-session change", "MCID"}) {
            PdfPCell cell = new PdfPCell(new Phrase(h, head));
            cell.setBackgroundColor(TEAL);
            cell.setBorderColor(TEAL);
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (OutcomeGroup g : report.groups()) {
            String label = g.label() == null || g.label().isBlank() ? g.key() : g.label();
            cell(table, label, body, Element.ALIGN_LEFT);
            cell(table, Integer.toString(g.clients()), body, Element.ALIGN_RIGHT);
            cell(table, Integer.toString(g.sessions()), body, Element.ALIGN_RIGHT);
            if (g.suppressed()) {
                PdfPCell cell = new PdfPCell(new Phrase(OutcomeCharts.TOO_FEW, body));
                cell.setColspan(5);
                cell.setBorderColor(LINE);
                cell.setPadding(4);
                table.addCell(cell);
            } else {
                cell(table, fmt(g.meanBaseline()), body, Element.ALIGN_RIGHT);
                cell(table, fmt(g.meanLatest()), body, Element.ALIGN_RIGHT);
                cell(table, fmt(g.meanChange()), body, Element.ALIGN_RIGHT);
                cell(table, fmt(g.meanSessionChange()), body, Element.ALIGN_RIGHT);
                cell(table, g.mcidRate() == null ? "–" : Math.round(g.mcidRate() * 100) + " %", body, Element.ALIGN_RIGHT);
            }
        }
        if (report.groups().isEmpty()) {
            PdfPCell cell = new PdfPCell(new Phrase("No signed sessions in this selection.", body));
            cell.setColspan(8);
            cell.setBorderColor(LINE);
            table.addCell(cell);
        }
        return table;
    }

    private static void cell(PdfPTable table, String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(align);
        cell.setBorderColor(LINE);
        cell.setPadding(4);
        table.addCell(cell);
    }

    private static String fmt(Double value) {
        return value == null ? "–" : String.format(Locale.ENGLISH, "%.1f", value);
    }
}
