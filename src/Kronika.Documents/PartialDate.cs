using System.Globalization;

namespace Kronika.Documents;

/// <summary>How precisely a date is known.</summary>
public enum DatePrecision : byte { Decade, Year, Month, Day }

/// <summary>
/// A calendar date known to some precision ("2008", "2008-08", "2008-08-07", the 1990s).
/// News rarely states full dates, so every date in Kronika carries its precision.
/// </summary>
public readonly record struct PartialDate(int Year, int Month, int Day, DatePrecision Precision) : IComparable<PartialDate>
{
    public static PartialDate OfDay(int year, int month, int day) => new(year, month, day, DatePrecision.Day);
    public static PartialDate OfDay(DateOnly d) => new(d.Year, d.Month, d.Day, DatePrecision.Day);
    public static PartialDate OfMonth(int year, int month) => new(year, month, 0, DatePrecision.Month);
    public static PartialDate OfYear(int year) => new(year, 0, 0, DatePrecision.Year);
    public static PartialDate OfDecade(int year) => new(year - year % 10, 0, 0, DatePrecision.Decade);

    /// <summary>
    /// Whether the calendar holds this date: a year from 1 to 9999 (all ten years of a decade), a month of it, a day
    /// of that month. Text and arithmetic can give any number ("in the year 20000", "999 decades ago"); such a date is
    /// no date, and <see cref="First"/> and <see cref="Last"/> exist only for valid ones.
    /// </summary>
    public bool IsValid => Precision switch
    {
        DatePrecision.Day => CalendarMath.IsDay(Year, Month, Day),
        DatePrecision.Month => CalendarMath.IsMonth(Year, Month),
        DatePrecision.Year => CalendarMath.IsYear(Year),
        DatePrecision.Decade => CalendarMath.IsYear(Year) && CalendarMath.IsYear(Year + 9L),
        _ => false,
    };

    /// <summary>This date when it <see cref="IsValid"/>, else null: what a computed date is worth.</summary>
    public PartialDate? IfValid => IsValid ? this : null;

    /// <summary>First day of the period this date covers.</summary>
    public DateOnly First => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    /// <summary>Last day of the period this date covers.</summary>
    public DateOnly Last => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        DatePrecision.Year => new DateOnly(Year, 12, 31),
        _ => new DateOnly(Year + 9, 12, 31),
    };

    /// <summary>ISO 8601 text at this date's precision; a decade prints as its first year.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    public int CompareTo(PartialDate other) => First.CompareTo(other.First);

    /// <summary>
    /// The date moved by whole days, weeks, months or years (negative counts go back), at its own precision; null when
    /// the unit is finer than the date can carry ("two days after" a month).
    /// </summary>
    public PartialDate? MovedBy(int count, string unit)
    {
        // A count the text gave can carry the date off the calendar ("999 years later", chained): then there is no date.
        if (!IsValid) return null;
        switch (unit)
        {
            case "day" or "week" when Precision == DatePrecision.Day:
                return CalendarMath.AddDays(First, unit == "week" ? 7L * count : count) is { } day ? OfDay(day) : null;
            case "month" when Precision >= DatePrecision.Month:
                if (CalendarMath.AddMonths(First, count) is not { } month) return null;
                return Precision == DatePrecision.Day ? OfDay(month) : OfMonth(month.Year, month.Month);
            case "year" when Precision >= DatePrecision.Year:
                if (CalendarMath.AddYears(First, count) is not { } year) return null;
                return Precision switch
                {
                    DatePrecision.Day => OfDay(year),
                    DatePrecision.Month => OfMonth(year.Year, year.Month),
                    _ => OfYear(year.Year),
                };
            default:
                return null;
        }
    }

    /// <summary>Parses ISO text: "2008", "2008-08", "2008-08-07" (a longer timestamp is cut to its date).</summary>
    public static bool TryParseIso(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = OfDay(d);
            return true;
        }
        // Year 0 has no calendar day (DateOnly starts at year 1), so "0000" would throw wherever the date is used.
        if (s.Length == 7 && int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= 1
            && s[4] == '-' && int.TryParse(s[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12)
        {
            date = OfMonth(y, m);
            return true;
        }
        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out y) && y >= 1)
        {
            date = OfYear(y);
            return true;
        }
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
        {
            date = OfDay(DateOnly.FromDateTime(dto.UtcDateTime));
            return true;
        }
        return false;
    }
}
