namespace Kronika.Documents;

/// <summary>
/// Date arithmetic that stays inside the calendar <see cref="DateOnly"/> holds (years 1 to 9999): a result beyond it
/// is null, never an exception. Text gives counts of any size ("999 decades ago", "a day later" chained on itself) and
/// a page or feed can still carry an edge date ("9999-12-31"), so no stage may trust AddDays with what it read.
/// </summary>
public static class CalendarMath
{
    public const int MinYear = 1;
    public const int MaxYear = 9999;

    public static bool IsYear(long year) => year is >= MinYear and <= MaxYear;

    public static bool IsMonth(long year, long month) => IsYear(year) && month is >= 1 and <= 12;

    /// <summary>Whether the day exists: "2008-02-30" and "0000-01-01" do not (checked before any constructor sees them).</summary>
    public static bool IsDay(long year, long month, long day) =>
        IsMonth(year, month) && day >= 1 && day <= DateTime.DaysInMonth((int)year, (int)month);

    /// <summary>The day, or null when the calendar has none such.</summary>
    public static DateOnly? Day(long year, long month, long day) =>
        IsDay(year, month, day) ? new DateOnly((int)year, (int)month, (int)day) : null;

    public static DateOnly? AddDays(DateOnly date, long days)
    {
        // Day numbers are small (under 3.7 million), so the sum cannot overflow a long.
        long number = date.DayNumber + days;
        return number >= DateOnly.MinValue.DayNumber && number <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber((int)number) : null;
    }

    /// <summary>The date moved by whole months; a day the shorter month lacks becomes its last (January 31 + 1 month is February 28), as AddMonths does.</summary>
    public static DateOnly? AddMonths(DateOnly date, long months)
    {
        if (months is > 12L * MaxYear or < -12L * MaxYear) return null;
        long index = date.Year * 12L + date.Month - 1 + months;
        if (index < 0) return null;
        long year = index / 12;
        int month = (int)(index % 12) + 1;
        if (!IsYear(year)) return null;
        return new DateOnly((int)year, month, Math.Min(date.Day, DateTime.DaysInMonth((int)year, month)));
    }

    /// <summary>The date moved by whole years; February 29 becomes February 28 in a common year.</summary>
    public static DateOnly? AddYears(DateOnly date, long years) =>
        years is > MaxYear or < -MaxYear ? null : AddMonths(date, years * 12);
}
