using CsCheck;

namespace Kronika.Documents.Tests;

/// <summary>
/// Date arithmetic over the whole calendar and beyond it: <see cref="CalendarMath"/> agrees with DateOnly wherever
/// DateOnly has an answer and gives none where it throws, <see cref="PartialDate.IsValid"/> is exactly whether a date
/// has a first and a last day, and moving a date never throws nor leaves the calendar.
/// </summary>
public sealed class CalendarMathTests
{
    private static readonly Gen<DateOnly> AnyDay = Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber].Select(DateOnly.FromDayNumber);

    /// <summary>Days near the calendar's ends as often as anywhere: that is where arithmetic breaks.</summary>
    private static readonly Gen<DateOnly> Day = Gen.OneOf(AnyDay,
        Gen.Int[0, 400].Select(n => DateOnly.FromDayNumber(n)),
        Gen.Int[0, 400].Select(n => DateOnly.FromDayNumber(DateOnly.MaxValue.DayNumber - n)));

    private static readonly string[] Units = ["day", "week", "month", "year", "decade"];

    [Fact]
    public void AddDays_agrees_with_DateOnly_or_gives_none_where_it_throws() =>
        Gen.Select(Day, Gen.Int[-4_000_000, 4_000_000]).Sample((day, n) => Assert.Equal(Try(() => day.AddDays(n)), CalendarMath.AddDays(day, n)), iter: 20_000);

    [Fact]
    public void AddMonths_and_AddYears_agree_with_DateOnly_or_give_none_where_it_throws()
    {
        Gen.Select(Day, Gen.Int[-130_000, 130_000]).Sample((day, n) => Assert.Equal(Try(() => day.AddMonths(n)), CalendarMath.AddMonths(day, n)), iter: 20_000);
        Gen.Select(Day, Gen.Int[-11_000, 11_000]).Sample((day, n) => Assert.Equal(Try(() => day.AddYears(n)), CalendarMath.AddYears(day, n)), iter: 20_000);
        Assert.Null(CalendarMath.AddMonths(DateOnly.MaxValue, long.MaxValue));
        Assert.Null(CalendarMath.AddYears(DateOnly.MinValue, long.MinValue));
    }

    [Fact]
    public void A_date_is_valid_exactly_when_its_first_and_last_days_exist() =>
        Gen.Select(Gen.Int[-3, 10_010], Gen.Int[-1, 13], Gen.Int[-1, 32], Gen.Int[0, 3]).Sample((year, month, day, precision) =>
        {
            var date = new PartialDate(year, month, day, (DatePrecision)precision);
            bool exists = Try(() => date.First) is { } first && Try(() => date.Last) is { } last && first <= last;
            Assert.Equal(exists, date.IsValid);
        }, iter: 20_000);

    [Fact]
    public void Moving_a_date_by_any_count_gives_a_valid_date_or_none()
    {
        var valid = Gen.Select(Day, Gen.Int[0, 3]).Select((d, p) => (DatePrecision)p switch
        {
            DatePrecision.Day => PartialDate.OfDay(d),
            DatePrecision.Month => PartialDate.OfMonth(d.Year, d.Month),
            DatePrecision.Year => PartialDate.OfYear(d.Year),
            _ => PartialDate.OfDecade(d.Year),
        });
        Gen.Select(valid, Gen.Int, Gen.Int[0, Units.Length - 1]).Sample((date, n, unit) =>
        {
            var moved = date.MovedBy(n, Units[unit]);
            Assert.True(moved is null || moved.Value.IsValid, $"{date} moved by {n} {Units[unit]}: {moved?.Year}-{moved?.Month}-{moved?.Day}");
        }, iter: 20_000);
        Assert.Null(PartialDate.OfDay(9999, 12, 31).MovedBy(1, "day"));
        Assert.Null(PartialDate.OfYear(1).MovedBy(-1, "year"));
        Assert.Equal(PartialDate.OfDay(2009, 2, 28), PartialDate.OfDay(2008, 2, 29).MovedBy(1, "year"));
    }

    private static T? Try<T>(Func<T> f) where T : struct
    {
        try { return f(); }
        catch (ArgumentOutOfRangeException) { return null; }
    }
}
