using System.Security.Cryptography;
using System.Text;
using Kronika.Documents;
using Kronika.Events;

namespace Kronika.Stories;

/// <summary>
/// Event identity across documents: mentions of one real-world event become one <see cref="StoryEvent"/>.
/// Two mentions tell the same event when they have the same pair of countries (in the same order, or either
/// order when a report tells a mutual act), the same CAMEO root, and dates whose ranges overlap at compatible
/// precision (at most two steps apart: a day with its month or year, not with its decade). Undated mentions, and
/// mentions of an agent whose country the report does not give, merge only within their own document. The result does not depend on the order of the input.
/// </summary>
public static class EventMerger
{
    /// <summary>How many precision steps (day, month, year, decade) two merged dates may lie apart.</summary>
    public const int MaxPrecisionGap = 2;

    public static IReadOnlyList<StoryEvent> Merge(IEnumerable<EventMention> mentions)
    {
        var events = new List<StoryEvent>();
        foreach (var group in mentions.GroupBy(m => (Dyad.KeyOf(m.Event.Source.Country, m.Event.Target.Country), m.Event.Root)))
            foreach (var cluster in Cluster(group))
                events.Add(Build(cluster.Mentions));
        events.Sort(TimelineOrder.Compare);
        return events;
    }

    /// <summary>Mentions in the order they claim events: finest dates first, then by date, basis, report date and id.</summary>
    private static IEnumerable<EventMention> InClaimOrder(IEnumerable<EventMention> mentions) => mentions
        .OrderBy(m => m.Date is null)
        .ThenByDescending(m => m.Date?.Precision)
        .ThenBy(m => m.Date?.First)
        .ThenBy(m => BasisRank(m.Event.DateBasis))
        .ThenBy(m => m.Reported?.First)
        .ThenBy(m => m.Event.Id, StringComparer.Ordinal);

    private static int BasisRank(string basis) => basis switch { "explicit" => 0, "relative" => 1, "publication" => 2, _ => 3 };

    private sealed class EventCluster(EventMention first, int order)
    {
        public readonly int Order = order;
        public readonly List<EventMention> Mentions = [first];
        public readonly PartialDate? Date = first.Date;

        /// <summary>The direction of its first one-way report, or null while every report is mutual.</summary>
        public (string, string)? Direction = first.Event.Symmetric ? null : (first.Event.Source.Country, first.Event.Target.Country);

        public bool Accepts(EventMention m)
        {
            // An agent whose country its report does not give ("police arrested ten activists") may be any country's: such
            // a report merges only with reports of its own document.
            if ((HasUnknownCountry(m) || HasUnknownCountry(Mentions[0])) && Mentions[0].Event.DocId != m.Event.DocId) return false;
            if (Date is not { } d || m.Date is not { } md)
                return Date is null && m.Date is null && Mentions[0].Event.DocId == m.Event.DocId;
            if (Math.Abs(d.Precision - md.Precision) > MaxPrecisionGap) return false;
            if (d.First > md.Last || md.First > d.Last) return false;
            return m.Event.Symmetric || Direction is null || Direction == (m.Event.Source.Country, m.Event.Target.Country);
        }

        private static bool HasUnknownCountry(EventMention m) =>
            m.Event.Source.Country.Length == 0 && m.Event.Source.Role.Length > 0 || m.Event.Target.Country.Length == 0 && m.Event.Target.Role.Length > 0;

        public void Add(EventMention m)
        {
            Mentions.Add(m);
            if (Direction is null && !m.Event.Symmetric) Direction = (m.Event.Source.Country, m.Event.Target.Country);
        }
    }

    private static List<EventCluster> Cluster(IEnumerable<EventMention> group)
    {
        var clusters = new List<EventCluster>();
        // Clusters by each year their date covers, so a mention looks only at those that can overlap it.
        var byYear = new Dictionary<int, List<EventCluster>>();
        var undated = new List<EventCluster>();
        foreach (var m in InClaimOrder(group))
        {
            var candidates = m.Date is { } date
                ? Enumerable.Range(date.First.Year, date.Last.Year - date.First.Year + 1).SelectMany(y => byYear.GetValueOrDefault(y) ?? []).Distinct()
                : undated;
            var best = candidates.Where(c => c.Accepts(m))
                .OrderByDescending(c => c.Mentions.Count)
                .ThenBy(c => c.Order)
                .FirstOrDefault();
            if (best is not null)
            {
                best.Add(m);
                continue;
            }
            var cluster = new EventCluster(m, clusters.Count);
            clusters.Add(cluster);
            if (m.Date is { } d)
                for (int y = d.First.Year; y <= d.Last.Year; y++)
                {
                    if (!byYear.TryGetValue(y, out var list)) byYear[y] = list = [];
                    list.Add(cluster);
                }
            else
                undated.Add(cluster);
        }
        return clusters;
    }

    /// <summary>One event from its mentions, the first of which (in claim order) gives its date.</summary>
    private static StoryEvent Build(List<EventMention> mentions)
    {
        var dated = mentions[0];
        // The code most reports give; on a tie the more specific, then the lower.
        var cameo = mentions.GroupBy(m => m.Event.Cameo)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
        var representative = mentions.First(m => m.Event.Cameo == cameo);
        var reported = mentions.Where(m => m.Reported is not null).Select(m => m.Reported!.Value).OrderBy(d => d.First).ThenByDescending(d => d.Precision).ToList();
        var e = representative.Event;
        return new StoryEvent
        {
            Id = StableId(mentions.Select(m => m.Event.Id).Min(StringComparer.Ordinal)!),
            Source = e.Source,
            Target = e.Target,
            Symmetric = mentions.All(m => m.Event.Symmetric),
            Cameo = cameo,
            Root = e.Root,
            QuadClass = e.QuadClass,
            Goldstein = e.Goldstein,
            Date = dated.Date is { } d ? EventDates.Label(d) : "",
            DateBasis = dated.Date is null ? "" : dated.Event.DateBasis,
            Historical = mentions.All(m => m.Event.Historical),
            // An event some report asserts happened is asserted, whatever another report denies or only supposes.
            Modality = ModalityFilter.MostFactual(mentions.Select(m => m.Event.Modality)),
            PloverType = e.PloverType,
            PloverMode = e.PloverMode,
            NumMentions = mentions.Count,
            NumArticles = mentions.Select(m => m.Event.DocId).Distinct(StringComparer.Ordinal).Count(),
            Sources = mentions.Select(m => m.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            FirstReported = reported.Count > 0 ? reported[0].ToString() : "",
            LastReported = reported.Count > 0 ? reported.OrderBy(r => r.Last).ThenByDescending(r => r.Precision).Last().ToString() : "",
            Evidence = e.Evidence,
            Doc = e.Doc,
            Url = representative.Url,
            Lead = mentions.Any(m => m.Lead),
            Added = mentions.Min(m => m.Stored),
            Mentions = InClaimOrder(mentions).ToList(),
        };
    }

    /// <summary>A positive 63-bit id from a mention id, the same on every run and machine.</summary>
    public static long StableId(string mentionId) =>
        (long)(BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(mentionId)), 0) & long.MaxValue);
}
