using Kronika.Documents;

namespace Kronika.Time.Tests;

/// <summary>What anchored expressions must not claim, and how bad reference data is refused.</summary>
public class AnchoredTimesTests
{
    private static TimeExpression[] Recognize(string text, string published) =>
        TimeCaseTests.Recognize(text, PartialDate.TryParseIso(published, out var date) ? date : null);

    [Fact]
    public void An_offset_it_cannot_read_is_not_taken_for_none()
    {
        var found = Recognize("Twenty-five years after the fall of the Berlin Wall, Germany celebrated.", "2014-11-09");
        Assert.DoesNotContain(found, t => t.Value.Year == 1989 && t.Text.Contains("after", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Before_an_occurrence_gives_no_date()
    {
        var found = Recognize("The two countries fought a war in 2008. Before the war, trade had grown.", "2012-03-02");
        Assert.DoesNotContain(found, t => t.Text.StartsWith("Before", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reference_needs_an_earlier_dated_occurrence()
    {
        Assert.DoesNotContain(Recognize("Since the war, trade has collapsed. The war began in 2014.", "2020-01-10"), t => t.Anchor is not null);
    }

    [Fact]
    public void References_take_the_latest_occurrence_of_their_class_and_only_of_it()
    {
        var found = Recognize("Ethiopia fought a war with Eritrea in 1998. The two sides signed a deal in 2018. A war began in Tigray in November 2020. "
            + "Since the conflict, aid has been blocked. After the agreement, flights resumed.", "2022-06-01");
        Assert.Equal("2020-11", Assert.Single(found, t => t.Text == "Since the conflict").Value.ToString());
        Assert.Equal("2018", Assert.Single(found, t => t.Text == "After the agreement").Value.ToString());
    }

    [Fact]
    public void An_offset_finer_than_the_occurrence_is_not_guessed()
    {
        Assert.Null(PartialDate.OfMonth(2008, 8).MovedBy(2, "day"));
        Assert.Equal(PartialDate.OfMonth(2008, 11), PartialDate.OfMonth(2008, 8).MovedBy(3, "month"));
        Assert.Equal(PartialDate.OfDay(2012, 2, 28), PartialDate.OfDay(2013, 2, 28).MovedBy(-1, "year"));
    }

    [Fact]
    public void Without_a_publication_date_the_earliest_possible_day_decides_background()
    {
        var document = new SourceDocument("t.txt", "text") { PublishedNotBefore = new DateOnly(2022, 9, 21) };
        Assert.True(EventDater.IsHistorical(PartialDate.OfYear(2008), document));
        Assert.False(EventDater.IsHistorical(PartialDate.OfMonth(2022, 9), document));
        Assert.False(EventDater.IsHistorical(PartialDate.OfYear(2008), new SourceDocument("t.txt", "text")));
    }

    [Fact]
    public void A_malformed_named_event_row_is_an_error_naming_the_file_and_line()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var occurrences = Path.Combine(dir.FullName, "occurrences.tsv");
            var named = Path.Combine(dir.FullName, "named-events.tsv");
            File.WriteAllText(occurrences, "war\twar\n");
            File.WriteAllText(named, "# name\tdate\tnote\nthe Great Flood\tlong ago\tno date\n");
            var error = Assert.Throws<FormatException>(() => AnchoredTimes.Load(ElectionCalendar.Empty, occurrences, named));
            Assert.Contains("named-events.tsv:2", error.Message);
        }
        finally { dir.Delete(recursive: true); }
    }
}
