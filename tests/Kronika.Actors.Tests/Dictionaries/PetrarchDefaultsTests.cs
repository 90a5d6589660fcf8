using Kronika.Actors.Dictionaries;
using Kronika.Documents;

namespace Kronika.Actors.Tests.Dictionaries;

/// <summary>The shipped PETRARCH/Phoenix dictionaries read without a format error and map onto Kronika's codes.</summary>
public sealed class PetrarchDefaultsTests
{
    [Theory]
    [InlineData("Phoenix.Countries.actors.txt")]
    [InlineData("Phoenix.International.actors.txt")]
    [InlineData("Phoenix.MilNonState.actors.txt")]
    public void The_shipped_actor_dictionaries_read(string file) =>
        Assert.NotEmpty(PetrarchActorReader.Read(DataDirectory.File("actors", "petrarch", file)));

    [Fact]
    public void The_shipped_agents_and_discards_read()
    {
        Assert.NotEmpty(PetrarchAgentReader.Read(DataDirectory.File("actors", "petrarch", "Phoenix.agents.txt")));
        Assert.NotEmpty(PetrarchDiscardReader.Read(DataDirectory.File("actors", "petrarch", "Phoenix.discards.txt")));
    }

    [Theory]
    [InlineData("USAGOV", "USA", "GOV", false)]
    [InlineData("AFGMIL", "AFG", "MIL", false)]
    [InlineData("IGOUNO", "IGO", "", true)]
    [InlineData("NGOHRI", "IGO", "", true)]
    [InlineData("MNCUSA", "USA", "BUS", false)]
    [InlineData("TMPGOV", "TLS", "GOV", false)]
    [InlineData("IRQINS", "IRQ", "REB", false)]
    [InlineData("CHNHKGGOV", "CHN", "GOV", false)]
    [InlineData("AFG", "AFG", "", false)]
    public void Codes_map_onto_country_and_role(string code, string country, string role, bool organization) =>
        Assert.Equal(new KronikaCode(country, role, organization), PetrarchCodes.LoadDefault().Actor(code));

    [Theory]
    [InlineData("AFGUAF")]
    [InlineData("USRGOV")]
    [InlineData("ELI")]
    [InlineData("IRQMUSREB")]
    public void Codes_Kronika_cannot_say_map_to_nothing(string code) => Assert.Null(PetrarchCodes.LoadDefault().Actor(code));

    [Theory]
    [InlineData("GOVMED", "GOV")]
    [InlineData("INS", "REB")]
    [InlineData("COP", "COP")]
    public void Agent_codes_map_by_their_first_block(string code, string role) => Assert.Equal(role, PetrarchCodes.LoadDefault().Role(code));
}
