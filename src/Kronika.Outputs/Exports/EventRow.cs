using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;
using Kronika.Stories;

namespace Kronika.Outputs.Exports;

/// <summary>
/// One merged event as a flat row: the columns of the CSV and Parquet exports (and the fields of a JSON Lines
/// export), in this order, named by their <see cref="JsonPropertyNameAttribute"/>.
/// </summary>
public sealed class EventRow
{
    [JsonPropertyName("id")] public long Id { get; set; }
    [JsonPropertyName("date")] public string Date { get; set; } = "";
    [JsonPropertyName("date_basis")] public string DateBasis { get; set; } = "";
    [JsonPropertyName("date_start")] public string DateStart { get; set; } = "";
    [JsonPropertyName("date_end")] public string DateEnd { get; set; } = "";
    [JsonPropertyName("source_country")] public string SourceCountry { get; set; } = "";
    [JsonPropertyName("source_role")] public string SourceRole { get; set; } = "";
    [JsonPropertyName("source_name")] public string SourceName { get; set; } = "";
    [JsonPropertyName("target_country")] public string TargetCountry { get; set; } = "";
    [JsonPropertyName("target_role")] public string TargetRole { get; set; } = "";
    [JsonPropertyName("target_name")] public string TargetName { get; set; } = "";
    [JsonPropertyName("symmetric")] public bool Symmetric { get; set; }
    [JsonPropertyName("cameo")] public string Cameo { get; set; } = "";
    [JsonPropertyName("root")] public string Root { get; set; } = "";
    [JsonPropertyName("quad_class")] public int QuadClass { get; set; }
    [JsonPropertyName("goldstein")] public double Goldstein { get; set; }

    /// <summary>The PLOVER type and mode of the CAMEO code (data/plover.tsv): the second ontology, beside CAMEO's.</summary>
    [JsonPropertyName("plover_type")] public string PloverType { get; set; } = "";
    [JsonPropertyName("plover_mode")] public string PloverMode { get; set; } = "";
    [JsonPropertyName("historical")] public bool Historical { get; set; }
    [JsonPropertyName("modality")] public string Modality { get; set; } = "";
    [JsonPropertyName("num_mentions")] public int NumMentions { get; set; }
    [JsonPropertyName("num_sources")] public int NumSources { get; set; }
    [JsonPropertyName("num_articles")] public int NumArticles { get; set; }
    [JsonPropertyName("first_reported")] public string FirstReported { get; set; } = "";
    [JsonPropertyName("last_reported")] public string LastReported { get; set; } = "";

    /// <summary>The outlets, joined with "; ".</summary>
    [JsonPropertyName("sources")] public string Sources { get; set; } = "";
    [JsonPropertyName("doc")] public string Doc { get; set; } = "";
    [JsonPropertyName("url")] public string Url { get; set; } = "";
    [JsonPropertyName("evidence")] public string Evidence { get; set; } = "";

    public static EventRow From(StoryEvent e)
    {
        var when = e.When;
        return new EventRow
        {
            Id = e.Id, Date = e.Date, DateBasis = e.DateBasis,
            DateStart = when is { } w ? EventDates.Iso(w.First) : "", DateEnd = when is { } x ? EventDates.Iso(x.Last) : "",
            SourceCountry = e.Source.Country, SourceRole = e.Source.Role, SourceName = e.Source.Name,
            TargetCountry = e.Target.Country, TargetRole = e.Target.Role, TargetName = e.Target.Name,
            Symmetric = e.Symmetric, Cameo = e.Cameo, Root = e.Root, QuadClass = e.QuadClass, Goldstein = e.Goldstein,
            PloverType = e.PloverType, PloverMode = e.PloverMode,
            Historical = e.Historical, Modality = e.Modality, NumMentions = e.NumMentions, NumSources = e.NumSources, NumArticles = e.NumArticles,
            FirstReported = e.FirstReported, LastReported = e.LastReported, Sources = string.Join("; ", e.Sources),
            Doc = e.Doc, Url = e.Url, Evidence = e.Evidence.Text,
        };
    }

    /// <summary>The columns in order: name and property.</summary>
    public static readonly IReadOnlyList<(string Name, PropertyInfo Property)> Columns = typeof(EventRow).GetProperties()
        .Select(p => (p.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name, p)).ToList();

    /// <summary>A value as text: numbers invariant (round-trip), booleans true/false.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
