using Kronika.Documents;
using Kronika.Events;

namespace Kronika.Cli.Tests;

/// <summary>One pipeline for the tests that run documents through it in process (loading it reads every table and model).</summary>
public static class TestPipeline
{
    private static readonly Lazy<Pipeline> Shared = new(() => Pipeline.LoadDefault());

    public static Pipeline Value => Shared.Value;

    /// <summary>Every date a coded document carries is one the calendar holds: its publication date, its time expressions, its events' dates.</summary>
    public static void AssertCalendarDates(CodedDocument coded)
    {
        if (coded.Source.PublicationDate is { } published) Assert.True(published.IsValid, $"publication date {published}");
        foreach (var time in coded.Times)
            Assert.True(time.Value.IsValid, $"\"{time.Text}\" -> {time.Value.Year}-{time.Value.Month}-{time.Value.Day} ({time.Value.Precision})");
        foreach (var e in coded.Events)
            Assert.True(e.Date.Length == 0 || PartialDate.TryParseIso(e.Date, out var d) && d.IsValid, $"event date \"{e.Date}\"");
    }
}
