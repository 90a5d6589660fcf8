using Kronika.Language;

namespace Kronika.Actors;

// What the text says of a person's sex ("Mrs Clinton", "spokeswoman"), so that "she" does not continue a man.
public sealed partial class ActorRecognizer
{
    /// <summary>Honorifics and titles that say a woman is meant.</summary>
    private static readonly HashSet<string> FemaleWords = new(StringComparer.Ordinal)
    {
        "mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "lady", "dame", "queen", "princess", "empress", "duchess",
        "spokeswoman", "chairwoman", "businesswoman", "congresswoman", "councilwoman", "sister", "nun",
    };

    /// <summary>Honorifics and titles that say a man is meant.</summary>
    private static readonly HashSet<string> MaleWords = new(StringComparer.Ordinal)
    {
        "mr", "mr.", "sir", "lord", "king", "prince", "emperor", "duke", "spokesman", "chairman", "businessman", "congressman",
        "councilman", "father", "brother", "monk",
    };

    /// <summary>
    /// The sex a person's mention and the word before it say ('f' or 'm'), or null when they say none: "Mrs Clinton",
    /// "Kremlin spokesman Dmitry Peskov", "Queen Elizabeth".
    /// </summary>
    private static char? SexOf(ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int k = Math.Max(0, start - 1); k < end; k++)
        {
            if (FemaleWords.Contains(tokens[k].Lower)) return 'f';
            if (MaleWords.Contains(tokens[k].Lower)) return 'm';
        }
        return null;
    }

    /// <summary>
    /// The person a "he" or "she" may be, given who the pronoun rules chose. "She" is the last person the text has called a
    /// woman when the one chosen is not ("Mrs Clinton ... CIA Director John Brennan said ... She told donors": Clinton), as
    /// political news names few women and calls them so; "he" is the chosen one unless the text called them a woman, then
    /// the last person it has not.
    /// </summary>
    private static Actor? OfPronounSex(Actor? chosen, string pronoun, DocumentMemory memory)
    {
        if (chosen is null) return null;
        if (pronoun == "she")
            return memory.SexOf(chosen) == 'f' ? chosen : memory.LastPersonOf('f') ?? (memory.SexOf(chosen) == 'm' ? null : chosen);
        return memory.SexOf(chosen) == 'f' ? memory.LastPersonNotOf('f') : chosen;
    }
}
