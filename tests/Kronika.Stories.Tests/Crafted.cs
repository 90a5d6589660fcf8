using Kronika.Documents;
using Kronika.Events;

namespace Kronika.Stories.Tests;

/// <summary>Crafted event records and mentions for the story tests.</summary>
public static class Crafted
{
    public static EventRecord Event(string doc, string source, string target, string cameo, string date, bool symmetric = false,
        string basis = "explicit", bool historical = false, int quad = 4, double goldstein = -10, string? id = null) => new()
    {
        Doc = doc + ".txt", DocId = doc, Id = id ?? $"{doc}-{source}-{target}-{cameo}-{date}", Source = new EventActor(source, "GOV", source, source),
        Target = new EventActor(target, "GOV", target, target), Cameo = cameo, Root = cameo[..2], QuadClass = quad, Goldstein = goldstein,
        Date = date, DateBasis = date.Length == 0 ? "" : basis, Historical = historical, Modality = "asserted", Symmetric = symmetric,
        Evidence = new Evidence($"{source} and {target} in {doc}", 0, 10), Rule = "test",
    };

    public static EventMention Mention(EventRecord e, string reported, string source = "") =>
        new(e, PartialDate.TryParseIso(reported, out var r) ? r : null, source.Length > 0 ? source : e.Doc);
}
