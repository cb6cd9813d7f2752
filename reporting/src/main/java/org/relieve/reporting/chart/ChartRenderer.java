package org.relieve.reporting.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Renders a chart model as SVG text (for the screen) or as vector shapes in a PDF (for print). */
public final class ChartRenderer {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartRenderer() {
    }

    /** The chart as an SVG document that scales to its container (a view box, no fixed size). */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setFontFunction(OutcomeCharts.fontFamilies());
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        return g2.getSVGElement(null, false, new ViewBox(0, 0, width, height),
                PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
    }

    /** Draws the chart as vectors into a new template of the given size, returned as an image for the document flow. */
    public static Image drawPdf(JFreeChart chart, PdfContentByte canvas, float width, float height) {
        PdfTemplate template = canvas.createTemplate(width, height);
        Graphics2D g2 = template.createGraphicsShapes(width, height);
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException("Could not place the chart in the PDF", e);
        }
    }
}
