using Kronika.Actors.Dictionaries;

namespace Kronika.Actors.Tests.Dictionaries;

/// <summary>people.tsv rows against Phoenix office holders, on tables written for the test.</summary>
public sealed class PeopleCheckTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kronika-people-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Conflicts_of_country_role_and_dates_are_listed_and_agreement_is_not()
    {
        var people = Path.Combine(_dir, "people.tsv");
        File.WriteAllText(people, string.Join('\n',
            "# name\tvariants\tcountry\trole\ttitle\tstart\tend",
            "Anna Agree\t\tFRA\tGOV\tpresident\t2001-01-01\t2005-01-01",
            "Boris Country\t\tDEU\tGOV\tpresident\t2001-01-01\t2005-01-01",
            "Carla Role\t\tFRA\tMIL\tchief of staff\t2001-01-01\t2005-01-01",
            "Dan Dates\t\tFRA\tGOV\tminister\t2008-01-01\t2009-01-01",
            "Fay Elite\t\tFRA\tGOV\tminister\t1990-01-01\t1991-01-01",
            "Gil Igo\t\tIGO\tGOV\tsecretary general\t2001-01-01\t2005-01-01",
            "Eve Later\tEve L. Later\tFRA\tGOV\tminister\t2020-01-01\t",
            "Unknown Person\t\tFRA\tGOV\tminister\t2001-01-01\t") + "\n");
        var phoenix = Path.Combine(_dir, "test.actors");
        File.WriteAllText(phoenix, string.Join('\n',
            "ANNA_AGREE_", "\t[FRAGOV 000101-030101]", "\t[FRAELI]",
            "BORIS_COUNTRY_", "\t[AUTGOV 010101-050101]",
            "CARLA_ROLE_", "\t[FRAGOV 010101-050101]",
            "DAN_DATES_", "\t[FRAGOV 010101-050101]",
            "EVE_LATER_", "\t[FRAGOV 010101-050101]",
            "FAY_ELITE_", "\t[FRAELI 19500101-000101]", "\t[FRAGOV 010101-050101]",
            "GIL_IGO_", "\t[FRAGOV 010101-050101]") + "\n");
        var codes = PetrarchCodes.Load(Kronika.Documents.DataDirectory.File("actors", "petrarch", "codes.tsv"), new HashSet<string> { "FRA", "DEU", "AUT" });
        var conflicts = PeopleCheck.Run(people, [phoenix], codes);
        Assert.Equal(["country", "role", "term missing in Phoenix", "dates"], conflicts.Select(c => c.Kind));
        Assert.StartsWith("people.tsv:3 Boris Country DEU GOV", conflicts[0].Kronika);
        Assert.Contains("test.actors:4 BORIS COUNTRY: [AUTGOV 2001-01-01..2005-01-01]", conflicts[0].Phoenix);
    }
}
