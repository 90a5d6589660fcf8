namespace Kronika.Outputs.Exports;

/// <summary>The 61 columns of the GDELT 2.0 event table ("export" files), in order (GDELT Event Codebook V2.0).</summary>
public static class GdeltColumns
{
    public static readonly IReadOnlyList<string> Names =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        .. ActorColumns("Actor1"), .. ActorColumns("Actor2"),
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
        .. GeoColumns("Actor1Geo"), .. GeoColumns("Actor2Geo"), .. GeoColumns("ActionGeo"),
        "DATEADDED", "SOURCEURL",
    ];

    private static string[] ActorColumns(string actor) =>
        new[] { "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code" }
            .Select(c => actor + c).ToArray();

    private static string[] GeoColumns(string geo) =>
        new[] { "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID" }.Select(c => $"{geo}_{c}").ToArray();

    private static readonly Dictionary<string, int> Index = Names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);

    public static int IndexOf(string name) => Index[name];
}
