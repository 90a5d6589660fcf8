using Kronika.Stories;
using ScottPlot;

namespace Kronika.Outputs.Report;

/// <summary>The report's charts, drawn with ScottPlot as SVG: a series' mean Goldstein weight, and its events per quad class stacked.</summary>
public static class SeriesCharts
{
    public static readonly string[] QuadColors = ["#2e7d32", "#1565c0", "#ef6c00", "#c62828"];

    public static string Goldstein(IReadOnlyList<SeriesRow> rows, int width = 900, int height = 280)
    {
        var plot = NewPlot(rows, "mean Goldstein");
        var line = plot.Add.Scatter(Enumerable.Range(0, rows.Count).Select(i => (double)i).ToArray(), rows.Select(r => r.MeanGoldstein).ToArray());
        line.Color = Color.FromHex("#37474f");
        line.MarkerSize = 7;
        line.LineWidth = 2;
        plot.Add.HorizontalLine(0, 1, Colors.Gray);
        plot.Axes.SetLimitsY(-10.5, 10.5);
        return Svg(plot, width, height);
    }

    public static string QuadClasses(IReadOnlyList<SeriesRow> rows, int width = 900, int height = 280)
    {
        var plot = NewPlot(rows, "events per quad class");
        var bars = new List<Bar>();
        for (int i = 0; i < rows.Count; i++)
        {
            double bottom = 0;
            for (int q = 0; q < 4; q++)
            {
                if (rows[i].ByQuad[q] == 0) continue;
                bars.Add(new Bar { Position = i, ValueBase = bottom, Value = bottom + rows[i].ByQuad[q], FillColor = Color.FromHex(QuadColors[q]), Size = 0.7 });
                bottom += rows[i].ByQuad[q];
            }
        }
        plot.Add.Bars(bars);
        plot.Legend.ManualItems.AddRange(Enumerable.Range(0, 4).Select(q => new LegendItem
        {
            LabelText = $"{q + 1} {EventTally.QuadClassNames[q + 1]}", FillColor = Color.FromHex(QuadColors[q]),
        }));
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Axes.Margins(bottom: 0);
        return Svg(plot, width, height);
    }

    private static Plot NewPlot(IReadOnlyList<SeriesRow> rows, string title)
    {
        var plot = new Plot();
        plot.Axes.Left.Label.Text = title;
        plot.Axes.Left.Label.FontSize = 12;
        // At most about 16 period labels, evenly spaced.
        int step = Math.Max(1, (int)Math.Ceiling(rows.Count / 16.0));
        var ticks = Enumerable.Range(0, rows.Count).Where(i => i % step == 0).ToArray();
        plot.Axes.Bottom.SetTicks(ticks.Select(i => (double)i).ToArray(), ticks.Select(i => rows[i].Period).ToArray());
        plot.Axes.SetLimitsX(-0.7, Math.Max(rows.Count - 0.3, 0.7));
        return plot;
    }

    /// <summary>The SVG element alone (no XML declaration), to sit inline in HTML.</summary>
    private static string Svg(Plot plot, int width, int height)
    {
        var svg = plot.GetSvgXml(width, height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return (start > 0 ? svg[start..] : svg).Replace("<svg ", $"<svg role=\"img\" viewBox=\"0 0 {width} {height}\" ");
    }
}
