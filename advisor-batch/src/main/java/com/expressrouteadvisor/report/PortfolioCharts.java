package com.expressrouteadvisor.report;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.PieChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.PieStyler;
import org.knowm.xchart.style.Styler;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;

/**
 * The report's charts, drawn with XChart and kept as SVG text, so the HTML carries them inline and needs no
 * script or network to show them.
 */
final class PortfolioCharts {

    private static final Color INK = new Color(0x1f, 0x2d, 0x3d);
    private static final Color[] PALETTE = {new Color(0x2b, 0x6c, 0xb0), new Color(0x2f, 0x85, 0x5a),
            new Color(0xdd, 0x6b, 0x20), new Color(0xc5, 0x30, 0x30), new Color(0x6b, 0x46, 0xc1),
            new Color(0x71, 0x80, 0x96)};
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final int WIDTH = 560;
    private static final int HEIGHT = 440;

    static {
        System.setProperty("java.awt.headless", "true"); // charts are drawn off screen, also on a desktop
    }

    private PortfolioCharts() {
    }

    static String bars(String yTitle, Map<String, Long> counts, Color color) throws IOException {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).yAxisTitle(yTitle).build();
        Styler styler = chart.getStyler();
        style(styler);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setXAxisLabelRotation(counts.size() > 4 ? 90 : 0);
        if (counts.size() > 1) {
            chart.getStyler().setXAxisMaxLabelCount(counts.size()); // every bar named, none skipped
        }
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFont(FONT);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisDecimalPattern("#,###");
        chart.getStyler().setSeriesColors(new Color[]{color});
        chart.addSeries(yTitle, new ArrayList<>(counts.keySet()), new ArrayList<Number>(counts.values()));
        return svg(chart);
    }

    static String pie(Map<String, Long> counts) throws IOException {
        PieChart chart = new PieChartBuilder().width(WIDTH).height(HEIGHT).build();
        style(chart.getStyler());
        chart.getStyler().setSeriesColors(PALETTE);
        chart.getStyler().setLabelType(PieStyler.LabelType.NameAndPercentage);
        chart.getStyler().setLabelsFont(FONT);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setPlotContentSize(0.78);
        counts.forEach(chart::addSeries);
        return svg(chart);
    }

    static Color color(int i) {
        return PALETTE[i % PALETTE.length];
    }

    private static void style(Styler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setChartFontColor(INK);
        styler.setChartTitleVisible(false); // the page titles each chart, as text a reader can search
        styler.setLegendBorderColor(Color.WHITE);
        styler.setLegendFont(FONT);
        styler.setAntiAlias(true);
        if (styler instanceof org.knowm.xchart.style.AxesChartStyler axes) {
            axes.setAxisTickLabelsFont(FONT);
            axes.setAxisTitleFont(FONT);
            axes.setAxisTickLabelsColor(INK);
        }
    }

    private static String svg(Chart<?, ?> chart) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        String svg = out.toString(StandardCharsets.UTF_8);
        int start = svg.indexOf("<svg");
        return start < 0 ? svg : svg.substring(start); // drop the XML prolog and doctype: the SVG sits inside HTML
    }
}
