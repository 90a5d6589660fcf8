namespace Kronika.Actors;

/// <summary>
/// The dated offices of the known people of people.tsv, by their name: a person is resolved at the article's date, but an
/// act the text dates years back was done in the office held then ("in 2011 Putin blamed Clinton": the Secretary of State).
/// </summary>
public sealed partial class ActorDictionary
{
    private readonly Dictionary<string, List<ActorEntry>> _offices = new(StringComparer.Ordinal);

    /// <summary>The offices with a start date a known person held, under the person's dictionary name; none for anyone else.</summary>
    public IReadOnlyList<ActorEntry> OfficesOf(string name) =>
        _offices.TryGetValue(name, out var offices) ? offices : [];

    private void RememberOffice(ActorEntry person)
    {
        if (person.From is null) return;
        if (!_offices.TryGetValue(person.Name, out var offices)) _offices[person.Name] = offices = [];
        offices.Add(person);
    }
}
