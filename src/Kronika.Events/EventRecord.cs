using System.Text.Json.Serialization;

namespace Kronika.Events;

/// <summary>One side of an event as the event record prints it.</summary>
public sealed record EventActor(
    [property: JsonPropertyName("country")] string Country,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("text")] string Text);

/// <summary>The sentence that says an event happened, with its offsets into the raw document text.</summary>
public sealed record Evidence(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End);

/// <summary>
/// The event record: one line of events.jsonl, and the contract every stage fills in.
/// </summary>
public sealed record EventRecord
{
    [JsonPropertyName("doc")] public required string Doc { get; init; }
    [JsonPropertyName("doc_id")] public required string DocId { get; init; }
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("source")] public required EventActor Source { get; init; }
    [JsonPropertyName("target")] public required EventActor Target { get; init; }
    [JsonPropertyName("cameo")] public required string Cameo { get; init; }
    [JsonPropertyName("root")] public required string Root { get; init; }
    [JsonPropertyName("quad_class")] public required int QuadClass { get; init; }
    [JsonPropertyName("goldstein")] public required double Goldstein { get; init; }
    [JsonPropertyName("plover_type")] public string PloverType { get; init; } = "";
    [JsonPropertyName("plover_mode")] public string PloverMode { get; init; } = "";
    [JsonPropertyName("date")] public required string Date { get; init; }
    [JsonPropertyName("date_basis")] public required string DateBasis { get; init; }
    /// <summary>The time expression the date was taken from, with its offsets (null when the report date was assumed).</summary>
    [JsonPropertyName("date_evidence")] public Evidence? DateEvidence { get; init; }
    [JsonPropertyName("historical")] public required bool Historical { get; init; }
    [JsonPropertyName("modality")] public required string Modality { get; init; }
    [JsonPropertyName("symmetric")] public required bool Symmetric { get; init; }
    [JsonPropertyName("evidence")] public required Evidence Evidence { get; init; }
    [JsonPropertyName("rule")] public required string Rule { get; init; }

    /// <summary>The word that triggered the pattern ("offered", "talks"), with its offsets into the document text.</summary>
    [JsonPropertyName("trigger")] public Evidence? Trigger { get; init; }

    /// <summary>What kind of sentence reports it: `statement`, `question` ("Will Russia withdraw?") or `headline` (the article's title line).</summary>
    [JsonPropertyName("sentence")] public string SentenceKind { get; init; } = SentenceKinds.Statement;

    /// <summary>Whether the event has another side: one-sided acts ("Ukraine mobilised its reserves") are kept but many analyses, and `eval`, count only dyadic ones.</summary>
    [JsonPropertyName("dyadic")] public bool Dyadic => Source.Country.Length > 0 && Target.Country.Length > 0;

    /// <summary>Whether both sides are of one country (a government and its rebels, its police and its citizens).</summary>
    [JsonPropertyName("domestic")] public bool Domestic => Dyadic && Source.Country == Target.Country && Source.Country != "IGO";
}

/// <summary>The kinds of sentence an event can come from.</summary>
public static class SentenceKinds
{
    public const string Statement = "statement";
    public const string Question = "question";
    public const string Headline = "headline";
}

/// <summary>The modality values of the event record.</summary>
public static class Modalities
{
    public const string Asserted = "asserted";
    public const string Intended = "intended";
    public const string Denied = "denied";
    public const string Hypothetical = "hypothetical";
}

[JsonSourceGenerationOptions(WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(EventRecord))]
public sealed partial class EventJsonContext : JsonSerializerContext;
