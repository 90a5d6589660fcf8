using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kronika.Outputs;

/// <summary>One side of a gold event.</summary>
public sealed record GoldActor(
    [property: JsonPropertyName("country")] string Country,
    [property: JsonPropertyName("role")] string? Role,
    [property: JsonPropertyName("name")] string? Name);

/// <summary>A line of a gold file (see shared/spec/gold-format.md): a document header or a hand-coded event.</summary>
public sealed record GoldLine
{
    [JsonPropertyName("kind")] public string Kind { get; init; } = "";
    [JsonPropertyName("doc")] public string Doc { get; init; } = "";
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("pubdate")] public string? Pubdate { get; init; }
    [JsonPropertyName("pubdate_basis")] public string? PubdateBasis { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("noise")] public string[]? Noise { get; init; }
    [JsonPropertyName("noise_optional")] public string[]? NoiseOptional { get; init; }
    [JsonPropertyName("evidence")] public string? Evidence { get; init; }
    [JsonPropertyName("source")] public GoldActor? Source { get; init; }
    [JsonPropertyName("target")] public GoldActor? Target { get; init; }
    [JsonPropertyName("cameo")] public string? Cameo { get; init; }
    [JsonPropertyName("alt")] public string[]? Alt { get; init; }
    [JsonPropertyName("date")] public string? Date { get; init; }
    [JsonPropertyName("date_precision")] public string? DatePrecision { get; init; }
    [JsonPropertyName("historical")] public bool Historical { get; init; }
    [JsonPropertyName("modality")] public string? Modality { get; init; }
    [JsonPropertyName("required")] public bool Required { get; init; } = true;
    [JsonPropertyName("symmetric")] public bool Symmetric { get; init; }
}

/// <summary>A gold file: its document headers and events, by document name.</summary>
public sealed class GoldStandard
{
    public required IReadOnlyDictionary<string, GoldLine> Documents { get; init; }
    public required IReadOnlyList<GoldLine> Events { get; init; }

    public static GoldStandard Load(string path)
    {
        var documents = new Dictionary<string, GoldLine>(StringComparer.Ordinal);
        var events = new List<GoldLine>();
        int number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            GoldLine gold;
            try
            {
                gold = JsonSerializer.Deserialize<GoldLine>(line) ?? throw new JsonException("null");
            }
            catch (JsonException e)
            {
                throw new FormatException($"{path}:{number}: malformed gold line: {e.Message}");
            }
            switch (gold.Kind)
            {
                case "doc": documents[gold.Doc] = gold; break;
                case "event":
                    if (gold.Source is null || gold.Target is null || string.IsNullOrEmpty(gold.Cameo))
                        throw new FormatException($"{path}:{number}: a gold event needs source, target and cameo");
                    events.Add(gold);
                    break;
                default: throw new FormatException($"{path}:{number}: unknown kind '{gold.Kind}'");
            }
        }
        return new GoldStandard { Documents = documents, Events = events };
    }
}
