using AngleSharp.Html.Parser;
using CsCheck;

namespace Kronika.Documents.Tests;

/// <summary>The date formats pages write in their metadata, and the impossible dates that must be ignored without a throw.</summary>
public class MarkupDateTests
{
    [Theory]
    [InlineData("2015-03-18", "2015-03-18")]
    [InlineData("2015/03/18", "2015-03-18")]
    [InlineData("20150318", "2015-03-18")]
    [InlineData("2015-03-18 12:00", "2015-03-18")]
    [InlineData("Wed, 18 Mar 2015 10:00:00 GMT", "2015-03-18")]
    [InlineData("March 18, 2015", "2015-03-18")]
    [InlineData("Wednesday, March 18th, 2015 at 9:02 AM", "2015-03-18")]
    [InlineData("18 March 2015", "2015-03-18")]
    [InlineData("Sept. 8, 2015", "2015-09-08")]
    [InlineData("Tue Nov 19 2019 03:05:46 GMT+0000", "2019-11-19")]
    [InlineData("2015-03", "2015-03")]
    public void Date_formats_pages_use_are_read(string text, string expected)
    {
        Assert.True(MarkupDate.TryParse(text, out var date));
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00")]
    [InlineData("1850-06-01")]
    [InlineData("9999-12-31")]
    [InlineData("2015-02-30")]
    [InlineData("2015-13-01")]
    [InlineData("2015-00-10")]
    [InlineData("February 30, 2015")]
    [InlineData("99999999999")]
    [InlineData("9999999999999")]
    [InlineData("-1426680000")]
    [InlineData("yesterday")]
    [InlineData("2015-03-18x")]
    public void Impossible_and_out_of_range_dates_are_ignored(string text)
    {
        Assert.False(MarkupDate.TryParse(text, out _));
        using var page = new HtmlParser().ParseDocument($"""<html><head><meta name="date" content="{text}"></head></html>""");
        Assert.Null(PageMetadata.Read(page).Published);
    }

    [Fact]
    public void No_text_makes_the_date_reader_throw() =>
        Gen.String.Sample(text =>
        {
            MarkupDate.TryParse(text, out _);
            MarkupDate.TryParseUrlPath(text, out _);
        }, iter: 2000);
}
