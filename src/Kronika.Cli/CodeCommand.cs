using System.CommandLine;
using Kronika.Documents;
using Kronika.Events;

namespace Kronika.Cli;

/// <summary>`kronika code "TEXT"`: codes one piece of text and shows each event with its actors, rule and modality.</summary>
public static class CodeCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "The text to code (a sentence or a paragraph)" };
        var date = new Option<string?>("--date") { Description = "Publication date (YYYY-MM-DD) for relative expressions" };
        var command = new Command("code", "Code a sentence and show why each event was produced") { text, date };
        var actors = PipelineOption.AddTo(command);
        command.SetAction(parse => Run(() => PipelineOption.Load(parse, actors), parse.GetValue(text)!, parse.GetValue(date)));
        return command;
    }

    private static int Run(Func<Pipeline> loadPipeline, string text, string? date)
    {
        // The date is checked before the models load: a usage error should not wait seconds for them.
        PartialDate? published = null;
        if (date is not null)
            published = MetadataDate.TryParse(date, out var d, out var problem) ? d : throw new UsageException($"--date \"{date}\": {problem}");
        var pipeline = loadPipeline();
        var document = new SourceDocument("text", text, metadataDate: published);
        if (PipelineRefusal.Run(document, () => pipeline.Process(document), out var processed) is { } refusal)
        {
            PipelineRefusal.Report(refusal);
            return ExitCodes.SomeInputsRefused;
        }
        var coded = processed!;
        foreach (var m in coded.Mentions)
            Console.WriteLine($"actor  \"{m.Text}\" -> {string.Join(", ", m.Actors.Select(a => $"{a.Country}/{a.Role} {a.Name}"))}");
        foreach (var t in coded.Times)
            Console.WriteLine($"time   \"{t.Text}\" -> {t.Value} ({t.Basis})");
        var tokens = coded.Analysis.Tokens;
        foreach (var e in coded.Events)
        {
            Console.WriteLine($"event  {Code(e.Source, "")} -> {Code(e.Target, "(no target)")}{(e.Source.Country.Length + e.Source.Role.Length == 0 ? " (doer unknown)" : "")} {e.Cameo} {e.Modality}{(e.Symmetric ? " symmetric" : "")} plover={e.PloverType}{(e.PloverMode.Length > 0 ? "/" + e.PloverMode : "")} date={e.Date} [{e.Rule}]");
            if (TriggerOf(e) is { } trigger && trigger < tokens.Length)
                Console.WriteLine($"       path: {ParsePath(coded, e, trigger)}");
        }
        if (coded.Events.Count == 0) Console.WriteLine("no events");
        // Candidates a component of the coder dropped, with that component ("drop:weapon-visit", "actors:back-reference").
        var dropped = new List<Candidate>();
        pipeline.Coder.Code(coded.Analysis, coded.Mentions, coded.Times, dropped);
        foreach (var c in dropped)
            Console.WriteLine($"near   \"{tokens[c.Trigger].Text}\" {c.Pattern.Id}: dropped by {c.DroppedBy} [{c.Rule}]");
        // Near misses: patterns that began at a word but stopped short. Where a pattern fired at that word, only the
        // ones that had matched more of themselves than it has words are shown (they would have been more specific).
        var fired = coded.Events.Select(e => (Trigger: TriggerOf(e), Words: e.Rule.Split(';')[0].Split(" > ")[0].Split(':').Last().Split(' ').Count(w => w is not ("*" or "X")))).ToList();
        foreach (var sentence in coded.Analysis.Sentences)
            foreach (var group in pipeline.Coder.NearMisses(coded.Analysis, sentence, limit: 50).GroupBy(n => n.Trigger))
            {
                int firedWords = fired.Where(f => f.Trigger == group.Key).Select(f => f.Words).DefaultIfEmpty(0).Max();
                foreach (var (pattern, trigger, stopped, matched) in group.Where(n => n.Matched > firedWords || firedWords == 0).DistinctBy(n => n.Pattern.Id).Take(3))
                    Console.WriteLine($"near   \"{tokens[trigger].Text}\" {pattern.Id} ({pattern.Kind.ToString().ToLowerInvariant()}): {stopped}");
            }
        return ExitCodes.Success;
    }

    /// <summary>The trigger token of an event, from its id ("doc-TRIGGER-SOURCE-TARGET").</summary>
    private static int? TriggerOf(EventRecord e)
    {
        var parts = e.Id.Split('-');
        return parts.Length >= 2 && int.TryParse(parts[1], out var t) ? t : null;
    }

    /// <summary>The dependency path from the source's words through the trigger to the target's: why the parse gave these sides.</summary>
    private static string ParsePath(CodedDocument coded, EventRecord e, int trigger)
    {
        var tokens = coded.Analysis.Tokens;
        string Side(EventActor actor)
        {
            var mention = coded.Mentions.FirstOrDefault(m => m.Text == actor.Text && m.Start >= e.Evidence.Start && m.End <= e.Evidence.End);
            if (mention is null) return actor.Text.Length > 0 ? $"\"{actor.Text}\" (word order)" : "-";
            int head = mention.EndToken - 1;
            var steps = new List<string>();
            for (int k = head, hops = 0; k >= 0 && k != trigger && hops < 6; k = tokens[k].Head, hops++)
                steps.Add($"{tokens[k].Text} -{tokens[k].Deprel}->");
            return steps.Count > 0 && steps.Count < 6 ? string.Join(" ", steps) : $"\"{mention.Text}\" (not governed by the trigger: word order)";
        }
        return $"{Side(e.Source)} [{tokens[trigger].Text}] <- {Side(e.Target)}";
    }

    /// <summary>An actor as CAMEO writes it: country and role, "---COP" for an agent whose country the text does not give, else <paramref name="none"/>.</summary>
    private static string Code(EventActor actor, string none) =>
        actor.Country.Length > 0 ? actor.Country + actor.Role : actor.Role.Length > 0 ? "---" + actor.Role : none;
}
