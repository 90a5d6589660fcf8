using Kronika.Events;

namespace Kronika.Stories;

/// <summary>Running counts over coded documents: documents, sentences, and events by quad class and modality.</summary>
public sealed class EventTally
{
    private readonly int[] _byQuad = new int[5];
    private readonly Dictionary<string, int> _byModality = new(StringComparer.Ordinal);

    public int Documents { get; private set; }
    public int Sentences { get; private set; }
    public int Events { get; private set; }

    /// <summary>Events with both sides known (one-sided acts and unknown doers left out).</summary>
    public int DyadicEvents { get; private set; }

    /// <summary>Events of quad class 1 (verbal cooperation) to 4 (material conflict).</summary>
    public int InQuadClass(int quad) => quad is >= 1 and <= 4 ? _byQuad[quad] : 0;

    public IReadOnlyDictionary<string, int> ByModality => _byModality;

    public void Add(int sentences, IEnumerable<EventRecord> events)
    {
        Documents++;
        Sentences += sentences;
        foreach (var e in events)
        {
            Events++;
            if (e.Dyadic) DyadicEvents++;
            if (e.QuadClass is >= 1 and <= 4) _byQuad[e.QuadClass]++;
            _byModality[e.Modality] = _byModality.GetValueOrDefault(e.Modality) + 1;
        }
    }

    public void Add(CodedDocument document) => Add(document.Analysis.Sentences.Length, document.Events);

    public static readonly string[] QuadClassNames = ["", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
}
