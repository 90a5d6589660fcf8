namespace Kronika.Cli.Fuzzing;

/// <summary>
/// What the fuzzer mutates: short news paragraphs that exercise every stage (datelines, printed publication dates,
/// captions, copyright lines, weekdays, counted offsets, occurrences, named events, elections, office holders,
/// decades), and the far dates, huge numbers, control characters and foreign scripts it splices into them. Short
/// texts keep the pipeline fast, so that a hundred thousand inputs run in minutes.
/// </summary>
internal static class FuzzArticles
{
    public static readonly string[] Articles =
    [
        "MOSCOW, March 2 (Reuters) - Russia on Friday offered to restore diplomatic ties with Georgia, four years after the two countries fought a brief war in August 2008. Georgian Foreign Minister Grigol Vashadze said Tbilisi would study the offer.",
        "Published on May 19, 2009\nGeorgia and Russia held talks in Geneva on Tuesday. The talks were the first since the war. Two days later, Russian troops left the village.",
        "Turkish President Recep Tayyip Erdogan met Iranian President Hassan Rouhani in Ankara yesterday. The two leaders agreed to expand trade. Three months after the ceasefire, Turkey reopened its border.",
        "Copyright 2012 Associated Press\nUS Secretary of State Colin Powell urged North Korea to return to talks. North Korea rejected the call last week.",
        "Photo: Soldiers near Gori on August 12, 2008 (AFP)\nRussian aircraft bombed Gori. Georgia accused Moscow of aggression. The early 1990s saw similar fighting in Abkhazia.",
        "Two days before Russia's presidential election, the Kremlin expelled two British diplomats. Britain condemned the move the following day.",
        "Since the annexation of Crimea, Ukraine has cut ties with Russia. A year earlier, Kyiv had signed a trade deal with the European Union. Two years after the invasion of Ukraine, sanctions remain.",
        "Israel launched air strikes on Gaza on Monday, 2014-07-08. Hamas fired rockets at Tel Aviv that same day. Egypt called for a ceasefire next week.",
        "Chile's Foreign Minister protested to Peru's ambassador over the weekend. The dispute dates from the 1880s. Peru will respond in December.",
        "The United Nations Security Council condemned the attack in mid-June. China and Russia abstained. The vote came three weeks later, on July 4.",
        "WASHINGTON (AP) — President Barack Obama said on Thursday that the United States would impose new sanctions on Iran. Tehran denied the accusations a decade ago.",
        "Pakistan and India exchanged fire across the Line of Control this year. India summoned Pakistan's envoy 20 years ago. The talks, scheduled for next month, were cancelled.",
        "Georgia and Russia resume security talks\n\nDelegations from Russia and Georgia held a morning of talks in Geneva on Tuesday, after the Russian side was persuaded to rejoin the negotiations.\nReporting by Jane Doe; editing by John Smith",
        "Foreign Minister Sergei Lavrov said Russia was \u201cready to support\u201d reconciliation in Georgia\u2019s breakaway regions, where Russia has had troops since 2008. \u201cWe want historical reconciliation,\u201d he said on Sunday.",
    ];

    /// <summary>Dates no calendar holds, placeholders, edges and counts that carry a date off the calendar.</summary>
    public static readonly string[] FarDates =
    [
        "in the year 20000", "9999-12-31", "0001-01-01", "0000-00-00", "on December 31, 9999", "on 31 December 9999", "in 0000",
        "in January 0001", "999 decades ago", "999 years ago", "999 years later", "999 days later", "999 months earlier",
        "999 weeks before the presidential election", "a hundred years after the war", "Published on May 19, 0000",
        "Published: 9999-12-31", "Published on February 30, 2008", "Posted on December 31, 2099", "\u00a9 2099", "Copyright 1899",
        "the 0000s", "the 9990s", "the 2090s", "since 1800", "on 2099-12-31", "December 31, 2099", "on February 29, 2100",
        "on February 29, 2008", "Photo: taken on December 31, 2099", "a day later", "next year", "tomorrow", "the following day",
        "that same year", "the previous month", "2147483648 days ago", "on 20000-01-01", "-0001-01-01", "in year 10000",
        "on 2008-13-45", "on 2008-02-30", "January 0, 2008", "on Friday, December 31, 9999", "two days ago", "over the weekend",
        "last Tuesday", "next Monday", "earlier this month", "in the aftermath of the conflict", "since the fall of the Berlin Wall",
    ];

    /// <summary>Starts that look like datelines, some with days no month has.</summary>
    public static readonly string[] Datelines =
    [
        "MOSCOW, March 0 (Reuters) - ", "TBILISI, February 30 (AP) - ", "GENEVA, 99 May 9999 (AFP) - ", "KYIV, December 31, 2099 (Reuters) - ",
        "LONDON, January 1 (Reuters) - ", "PARIS \u2014 ", "BEIJING, 31 April (Xinhua) - ",
    ];

    public static readonly string[] HugeNumbers =
    [
        "99999999999999999999", "2147483648", "-2147483649", "1e308", "1e-400", "NaN", "0x7fffffff", "1,000,000,000,000,000",
        "340282366920938463463374607431768211456", "999", "000", "4294967296 troops", "9223372036854775808 people",
    ];

    public static readonly string[] Controls =
    [
        "\0", "\u0001", "\u0007", "\b", "\u001b[31m", "\u007f", "\u0085", "\u2028", "\u2029", "\ufeff", "\u200b", "\u202e", "\ufffd",
        "\uffff", "\ud800", "\udc00", "\t\t\t", "\r", "\r\n\r\n", "\f", "\v",
    ];

    /// <summary>Other scripts and characters a tokenizer meets: Cyrillic, Arabic, CJK, emoji, combining marks, non-ASCII digits.</summary>
    public static readonly string[] Scripts =
    [
        "\u041c\u043e\u0441\u043a\u0432\u0430", "\u0422\u0431\u0438\u043b\u0438\u0441\u0438", "\u0645\u0648\u0633\u0643\u0648", "\u5317\u4eac", "\u6771\u4eac",
        "\ud55c\uad6d", "\u05e2\u05d1\u05e8\u05d9\u05ea", "\u03b5\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac", "\u0939\u093f\u0928\u094d\u0926\u0940",
        "\ud83c\uddf7\ud83c\uddfa\ud83c\uddec\ud83c\uddea", "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67", "e\u0301\u0301\u0301\u0301",
        "\u0662\u0660\u0660\u0668", "\uff12\uff10\uff10\uff18", "\u216b", "\ud835\udfda\ud835\udfd8\ud835\udfd8\ud835\udfe0",
        "in \u0661\u0669\u0669\u0669", "May \uff11\uff19, 2009", "\u0130stanbul", "Stra\u00dfe", "\ufb01nance", "Zo\u00eb",
    ];

    /// <summary>Values for a publication date field or a page's date markup.</summary>
    public static readonly string[] DateValues =
    [
        "2008-08-09", "9999-12-31", "0000", "0001-01-01", "2008-02-30", "20000-01-01", "2008-08-09T25:61:00Z", "-2008", "1e10", "",
        "yesterday", "99999999999999", "1218240000", "1218240000000", "2008", "2008-13", "2024-09-18T10:00:00+14:00",
        "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "Mon, 32 Dec 2008 10:00:00 GMT", "August 8, 2008", "2099-01-01",
    ];

    public static readonly string[] Titles = ["Georgia and Russia hold talks", "Border reopens", "", "Sanctions", "\u00a0", "BREAKING: 9999-12-31"];
}
