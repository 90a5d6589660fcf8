using Kronika.Documents;

namespace Kronika.Events.Tests;

/// <summary>Each construction the coder handles, on sentences about many countries (none from the samples).</summary>
public class EventCoderTests
{
    private static readonly Pipeline Pipeline = Pipeline.LoadDefault();

    /// <summary>The dyadic events of a text: what these tests are about (one-sided acts are tested apart).</summary>
    private static IReadOnlyList<EventRecord> Code(string text, string published = "2020-06-15") =>
        AllEvents(text, published).Where(e => e.Dyadic).ToList();

    private static IReadOnlyList<EventRecord> AllEvents(string text, string published = "2020-06-15")
    {
        PartialDate.TryParseIso(published, out var date);
        return Pipeline.Process(new SourceDocument("t.txt", text, metadataDate: date)).Events;
    }

    private static string[] Dyads(string text) =>
        Code(text).Select(e => $"{e.Source.Country}->{e.Target.Country} {e.Root}").ToArray();

    [Theory]
    [InlineData("India accused Pakistan of violating the ceasefire.", "IND->PAK 11")]
    [InlineData("Germany praised Poland.", "DEU->POL 05")]
    [InlineData("Indonesia welcomed Australia's decision.", "IDN->AUS 05")]
    [InlineData("Russian troops invaded Ukraine.", "RUS->UKR 19")]
    [InlineData("Ethiopia's prime minister visited Eritrea.", "ETH->ERI 04")]
    [InlineData("China recognised Kosovo as an independent state.", "CHN->XKX 05")]
    [InlineData("Nigeria sent troops to Mali.", "NGA->MLI 15")]
    [InlineData("The European Union imposed new sanctions on Belarus.", "IGO->BLR 16")]
    [InlineData("Kenyan police arrested Somali civilians.", "KEN->SOM 17")]
    [InlineData("Brazil expelled two Paraguayan diplomats.", "BRA->PRY 16")]
    [InlineData("Ukraine called on NATO to supply more weapons.", "UKR->IGO 02")]
    [InlineData("Pakistan threatened to cut off supplies to Afghanistan.", "PAK->AFG 13")]
    public void Subject_verb_object(string text, string expected) => Assert.Equal([expected], Dyads(text));

    [Fact]
    public void Coordinated_sides_of_a_mutual_act_give_one_symmetric_event()
    {
        var e = Assert.Single(Code("Japan and South Korea held talks in Seoul."));
        Assert.True(e.Symmetric);
        Assert.Equal(("JPN", "KOR", "04"), (e.Source.Country, e.Target.Country, e.Root));
        Assert.Single(Code("Saudi Arabia and Iran restored diplomatic relations."), x => x.Symmetric);
    }

    [Fact]
    public void Talks_between_two_sides_are_symmetric() =>
        Assert.Single(Code("The talks between Serbia and Kosovo resumed in Brussels."), e => e.Symmetric && e.Root == "04");

    [Fact]
    public void Coordinated_subjects_give_one_event_each() =>
        Assert.Equal(["CHL->VEN 11", "PER->VEN 11", "BOL->VEN 11"], Dyads("Chile, Peru and Bolivia condemned Venezuela."));

    [Fact]
    public void Coordinated_objects_give_one_event_each() =>
        Assert.Equal(["FRA->ARM 03", "FRA->AZE 03"], Dyads("France offered to mediate between Armenia and Azerbaijan."));

    [Fact]
    public void Negation_gives_denied_modality()
    {
        var e = Assert.Single(Code("Egypt did not expel the Israeli ambassador."));
        Assert.Equal(("EGY", "ISR", Modalities.Denied), (e.Source.Country, e.Target.Country, e.Modality));
    }

    [Fact]
    public void A_denied_act_is_coded_as_denied() =>
        Assert.Contains(Code("Cuba denied that it had supplied arms to Colombian rebels."), e => e.Root == "07" && e.Modality == Modalities.Denied && e.Target.Country == "COL");

    [Fact]
    public void Offers_are_intended()
    {
        var e = Assert.Single(Code("Morocco offered to restore diplomatic ties with Algeria."));
        Assert.Equal(("MAR", "DZA", "03", Modalities.Intended), (e.Source.Country, e.Target.Country, e.Root, e.Modality));
    }

    [Theory]
    [InlineData("Morocco wants to restore diplomatic ties with Algeria.", "032")]
    [InlineData("Moscow says it will hold joint exercises with Minsk.", "0312")]
    [InlineData("Norway is ready to send humanitarian aid to Sudan.", "0333")]
    public void Cooperative_acts_stated_as_intents_take_the_mirroring_intent_code(string text, string code)
    {
        var e = Assert.Single(Code(text));
        Assert.Equal((code, Modalities.Intended), (e.Cameo, e.Modality));
    }

    [Fact]
    public void Every_intent_code_is_in_the_codebook_and_mirrors_a_cooperative_act_or_threatens_a_conflictual_one()
    {
        var codebook = Codebook.LoadDefault();
        var intents = CodeCrosswalk.LoadIntents(codebook);
        Assert.Equal("036", intents.For("046"));
        Assert.Equal("0356", intents.For("087"));
        Assert.Equal("138", intents.For("190"));
        Assert.Equal("1323", intents.For("1723"));
        Assert.Null(intents.For("154"));
        Assert.Null(intents.For("010"));
    }

    [Fact]
    public void Conditions_are_hypothetical()
    {
        var events = Code("If Iran attacks Israel, Washington will impose sanctions on Tehran.");
        // The main clause's act comes first (component main-event), the condition's after it.
        Assert.Equal(["USA->IRN 16", "IRN->ISR 19"], events.Select(e => $"{e.Source.Country}->{e.Target.Country} {e.Root}").ToArray());
        Assert.All(events, e => Assert.Equal(Modalities.Hypothetical, e.Modality));
    }

    [Fact]
    public void Noun_events_take_the_agent_of_from_or_by()
    {
        var e = Assert.Single(Code("Israel faced sharp condemnation from Jordan."), x => x.Root == "11");
        Assert.Equal(("JOR", "ISR"), (e.Source.Country, e.Target.Country));
    }

    [Fact]
    public void A_complaint_is_about_the_subject_of_its_clause()
    {
        var e = Assert.Single(Code("Egypt lodged complaints that Israeli jets violated its airspace."));
        Assert.Equal(("EGY", "ISR", "11"), (e.Source.Country, e.Target.Country, e.Root));
    }

    [Fact]
    public void Capitals_and_seats_of_power_act_for_governments()
    {
        var e = Assert.Single(Code("Beijing criticised Tokyo."));
        Assert.Equal(("CHN", "GOV", "JPN", "GOV"), (e.Source.Country, e.Source.Role, e.Target.Country, e.Target.Role));
    }

    [Theory]
    [InlineData("Armenia and Azerbaijan discussed the occupied territories of Azerbaijan with Iran.", "192")]
    [InlineData("Peru and Ecuador remembered their brief war with Chile.", "010")]
    public void Adjectives_name_no_act(string text, string code) =>
        Assert.DoesNotContain(Code(text), e => e.Cameo == code);

    [Fact]
    public void Open_to_talks_is_an_intent_to_negotiate()
    {
        var e = Assert.Single(Code("Serbia is open to negotiations with Kosovo."));
        Assert.Equal(("SRB", "XKX", "036", Modalities.Intended), (e.Source.Country, e.Target.Country, e.Cameo, e.Modality));
    }

    [Fact]
    public void A_background_event_noun_does_not_take_the_clause_subject() =>
        Assert.DoesNotContain(Code("Hungary resisted calls to impose sanctions following the invasion of Ukraine."), e => e.Root == "19" && e.Source.Country == "HUN");

    [Fact]
    public void Passive_agents_are_sources_and_passive_subjects_targets()
    {
        var e = Assert.Single(Code("Two Dutch diplomats were expelled from Moscow by Russia."));
        Assert.Equal(("RUS", "NLD"), (e.Source.Country, e.Target.Country));
    }

    [Fact]
    public void Places_are_not_targets() => Assert.Empty(Code("Canada held a summit in Mexico."));

    [Fact]
    public void A_state_and_its_own_forces_are_not_a_dyad() => Assert.Empty(Code("Sudan praised its army."));

    [Fact]
    public void Events_are_dated_by_their_sentence_and_background_is_historical()
    {
        var e = Assert.Single(Code("Russian troops invaded Ukraine in February 2022.", published: "2024-05-01"));
        Assert.Equal(("2022-02", "explicit", true), (e.Date, e.DateBasis, e.Historical));
        var recent = Assert.Single(Code("Germany praised Poland on Friday.", published: "2020-06-15"));
        Assert.Equal(("2020-06-12", "relative", false), (recent.Date, recent.DateBasis, recent.Historical));
    }

    [Fact]
    public void A_date_in_a_subordinate_clause_does_not_date_the_main_event()
    {
        var events = Code("Colombia on Friday offered to restore diplomatic ties with Venezuela for the first time since the neighbors clashed in 2019.", published: "2022-08-05");
        var offer = Assert.Single(events, e => e.Root == "03");
        Assert.Equal(("2022-08-05", false), (offer.Date, offer.Historical));
    }

    [Fact]
    public void A_repeated_sentence_is_coded_once() =>
        Assert.Single(Code("Germany praised Poland.\nGermany praised Poland."));

    [Fact]
    public void Evidence_is_the_sentence_with_its_offsets()
    {
        const string text = "Officials met.\nGermany praised Poland on Friday.";
        var e = Assert.Single(Code(text));
        Assert.Equal("Germany praised Poland on Friday.", e.Evidence.Text);
        Assert.Equal(e.Evidence.Text, text[e.Evidence.Start..e.Evidence.End]);
    }

    [Fact]
    public void Every_pattern_code_is_in_the_codebook_and_every_root_is_reached()
    {
        var codebook = Codebook.LoadDefault();
        var patterns = PatternDictionary.LoadDefault(codebook);
        Assert.All(patterns.Patterns, p => Assert.True(codebook.Contains(p.Cameo), p.Id));
        var roots = patterns.Patterns.Select(p => p.Cameo[..2]).Distinct().Order().ToArray();
        Assert.Equal(Enumerable.Range(1, 20).Select(r => r.ToString("D2")).ToArray(), roots);
    }

    [Fact]
    public void The_codebook_has_the_311_codes_of_cameo_tsv()
    {
        var codebook = Codebook.LoadDefault();
        Assert.Equal(311, codebook.Count);
        Assert.Equal(4, codebook["190"].QuadClass);
        Assert.Equal(-10.0, codebook["190"].Goldstein);
    }

    [Fact]
    public void A_pattern_file_with_an_unknown_code_is_refused_with_its_line()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "# cameo\tpattern\tkind\n999\tfoo\tverb\n");
        var e = Assert.Throws<FormatException>(() => new PatternDictionary().Load(path, Codebook.LoadDefault()));
        Assert.Contains(":2:", e.Message);
        File.Delete(path);
    }

    [Fact]
    public void Countries_named_bare_in_a_war_are_the_whole_countries_and_troops_keep_their_role()
    {
        var war = Assert.Single(Code("Armenia and Azerbaijan fought a war in 2020."), e => e.Root == "19");
        Assert.Equal(("", ""), (war.Source.Role, war.Target.Role));
        var invasion = Assert.Single(Code("Russian troops invaded Ukraine."));
        Assert.Equal("MIL", invasion.Source.Role);
        var talks = Assert.Single(Code("Armenia and Azerbaijan held talks in Moscow."), e => e.Root == "04");
        Assert.Equal("GOV", talks.Source.Role);
    }

    [Theory]
    [InlineData("The governor of Georgia criticised Mexico over migration, officials in Atlanta said.")]
    [InlineData("Georgia lawmakers in Atlanta condemned China for buying farmland in the state.")]
    [InlineData("A trade delegation from Georgia visited Japan to promote peaches grown in Peach County.")]
    [InlineData("Georgia's secretary of state accused Russia of meddling in the election, officials in Atlanta said.")]
    [InlineData("Savannah port officials said Georgia would sign a shipping deal with South Korea.")]
    [InlineData("The state Senate of Georgia praised Israel after a visit by its lawmakers to Atlanta.")]
    [InlineData("Georgia sued the federal government in Washington, Atlanta officials said, and welcomed Canada's support.")]
    [InlineData("Voters in Fulton County, Georgia, protested as officials met a delegation from Germany.")]
    public void Texts_about_the_US_state_of_Georgia_never_code_the_country_Georgia(string text)
    {
        var events = Code(text);
        Assert.DoesNotContain(events, e => e.Source.Country == "GEO" || e.Target.Country == "GEO");
    }

    [Fact]
    public void Some_of_the_Georgia_state_texts_do_code_events_so_the_test_above_is_not_empty()
    {
        Assert.Contains(Code("The governor of Georgia criticised Mexico over migration, officials in Atlanta said."), e => e.Source.Country == "USA" && e.Target.Country == "MEX");
        Assert.Contains(Code("Georgia lawmakers in Atlanta condemned China for buying farmland in the state."), e => e.Source.Country == "USA" && e.Target.Country == "CHN");
    }

    [Fact]
    public void What_a_noun_is_about_is_its_topic_not_a_target() =>
        Assert.DoesNotContain(Code("Armenia and Azerbaijan held talks to ease tension over the disputed region of Nagorno-Karabakh."), e => e.Target.Role == "SEP");

    [Theory]
    [InlineData("Japan offered visa-free travel to Chinese citizens.", "JPN->CHN 08")]
    [InlineData("Kazakhstan lifted visa requirements for Indian citizens.", "KAZ->IND 08")]
    public void Easing_visa_rules_eases_an_administrative_restriction(string text, string expected) => Assert.Contains(expected, Dyads(text));

    [Fact]
    public void A_promise_is_its_makers_intent_not_the_act_of_those_it_names()
    {
        var e = Assert.Single(Code("Chilean Foreign Minister Ana Rojas promised that Chilean troops would withdraw from Bolivia."));
        Assert.Equal(("CHL", "GOV", "BOL", "intended"), (e.Source.Country, e.Source.Role, e.Target.Country, e.Modality));
    }

    [Fact]
    public void Civilians_travelling_are_not_official_visits() =>
        Assert.DoesNotContain(Code("Thousands of Chinese tourists visited Thailand."), e => e.Root == "04");

    [Fact]
    public void Recognition_is_an_act_of_state_even_when_the_sentence_names_the_forces()
    {
        var e = Assert.Single(Code("Russia's forces secured the region and later recognized Abkhazia as an independent state."), x => x.Cameo == "054");
        Assert.Equal("GOV", e.Source.Role);
    }

    [Fact]
    public void A_proposal_from_someone_to_act_is_that_persons_act()
    {
        var e = Assert.Single(Code("The ministry welcomed a proposal from Ethiopian Prime Minister Abiy Ahmed to lift visa requirements for Eritreans."), x => x.Root == "08" || x.Root == "03");
        Assert.Equal(("ETH", "ERI"), (e.Source.Country, e.Target.Country));
    }

    [Fact]
    public void A_denied_act_is_coded_with_its_own_actor_as_source()
    {
        var e = Assert.Single(Code("Ankara denied any of its military aircraft had entered Greek airspace."));
        Assert.Equal(("TUR", "MIL", "GRC", "denied"), (e.Source.Country, e.Source.Role, e.Target.Country, e.Modality));
    }

    [Fact]
    public void A_breakaway_region_invaded_is_the_countrys_territory() =>
        Assert.Contains(Code("Azerbaijani troops invaded Nagorno-Karabakh."), e => e.Root == "19" && e.Target.Country == "AZE" && e.Target.Role == "");

    [Fact]
    public void Partners_that_managed_to_strike_a_deal_struck_it() =>
        Assert.Contains(Code("Talks resumed after Serbia and Kosovo managed to strike a deal."), e => e.Cameo == "057" && e.Symmetric);

    [Fact]
    public void Acts_with_no_other_side_are_kept_as_one_sided_events()
    {
        var e = Assert.Single(AllEvents("Ukraine mobilised its reserves."));
        Assert.Equal(("UKR", "", false), (e.Source.Country, e.Target.Country, e.Dyadic));
        Assert.Empty(Code("Ukraine mobilised its reserves."));
    }

    [Fact]
    public void A_state_acting_on_its_own_people_is_domestic()
    {
        var e = Assert.Single(Code("Iranian police arrested Iranian protesters."));
        Assert.True(e.Domestic);
        Assert.False(Assert.Single(Code("Chile accused Peru of violating the border.")).Domestic);
    }

    [Fact]
    public void Every_event_carries_its_plover_type_and_every_code_has_one()
    {
        // Occupying territory (192) is ASSAULT as labelled real news codes it (data/plover.tsv).
        var e = Assert.Single(Code("Russian troops invaded Ukraine."));
        Assert.Equal("ASSAULT", e.PloverType);
        Assert.Equal("COERCE", Assert.Single(Code("Iranian police arrested Iranian protesters.")).PloverType);
        Assert.Equal("CONSULT", Assert.Single(Code("Japan and South Korea held talks in Seoul.")).PloverType);
        var types = new HashSet<string> { "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "NONE" };
        Assert.All(Codebook.LoadDefault().Codes, c => Assert.Contains(c.PloverType, types));
    }

    [Fact]
    public void A_stated_future_basing_in_both_regions_is_an_intent_toward_the_last_two_regions_named()
    {
        var events = Code("Moscow backed Transnistria and the Donetsk People's Republic. Moscow says it will site military bases in both regions.");
        Assert.Contains(events, e => e.Cameo == "0312" && e.Source.Country == "RUS" && e.Target.Role == "SEP");
    }

    [Fact]
    public void Complaints_that_someone_did_something_are_about_that_someone() =>
        Assert.Contains("GRC->TUR 11", Dyads("Greece retaliated with complaints that Turkish jets violated its airspace."));

    [Fact]
    public void Leaving_talks_halts_negotiations() =>
        Assert.Contains(AllEvents("Serbian negotiators left the talks in Brussels on Monday."), e => e.Cameo == "164");

    [Fact]
    public void Coordinated_rebels_against_a_named_government_are_not_a_mutual_act()
    {
        var events = Code("The Tamil Tigers and Karen rebels mounted armed revolts against the Sri Lankan government.");
        Assert.DoesNotContain(events, e => e.Symmetric);
        Assert.Contains(events, e => e.Root == "19" && e.Target.Country == "LKA");
    }

    [Fact]
    public void Wanting_to_settle_a_conflict_in_a_region_is_an_intent_to_settle_with_it() =>
        Assert.Contains(Code("Moldova wanted to resolve the conflict in Transnistria by peaceful means."), e => e.Cameo == "037" && e.Target.Role == "SEP");

    [Fact]
    public void An_object_controls_the_infinitive_after_it() =>
        Assert.Contains("USA->IRN 11", Dyads("The crisis saw Iran come under fierce condemnation from the United States."));

    [Fact]
    public void A_participle_describing_a_noun_is_no_act()
    {
        Assert.Empty(Code("Azerbaijan considers the districts to be occupied territories of Armenia."));
        Assert.Contains("ARM->AZE 19", Dyads("Armenia had occupied territories of Azerbaijan."));
    }

    [Fact]
    public void A_phrase_of_time_or_cause_is_not_a_target() =>
        Assert.Contains("CHN->JPN 16", Dyads("Beijing severed transport and postal links with Japan following the arrest of four Chinese fishermen."));

    [Fact]
    public void Walking_out_of_the_talks_of_the_story_is_walking_out_on_its_other_side()
    {
        var events = Code("Serbia and Kosovo held talks in Brussels. Serbia criticised Kosovo. Serbian negotiators left the talks on Monday.");
        Assert.Contains(events, e => e.Cameo == "164" && e.Source.Country == "SRB" && e.Target.Country == "XKX");
    }

    [Fact]
    public void A_passive_without_its_agent_keeps_the_known_side_and_leaves_the_doer_empty()
    {
        var e = Assert.Single(AllEvents("Lebanese villages were shelled on Friday."));
        Assert.Equal(("", "LBN", "19"), (e.Source.Country, e.Target.Country, e.Root));
        Assert.False(e.Dyadic);
        Assert.Contains("ISR->LBN 19", Dyads("Lebanese villages were shelled by Israeli artillery."));
        Assert.Contains("GRC->TUR 16", Dyads("Greece was forced to cut diplomatic ties with Turkey."));
    }

    [Fact]
    public void Questions_and_headlines_are_marked()
    {
        Assert.Equal(SentenceKinds.Question, Assert.Single(Code("Will Chile accuse Peru of violating the border?")).SentenceKind);
        var doc = new SourceDocument("h.txt", "Chile accuses Peru of border violations\n\nChile on Monday accused Peru of violating the border.\n");
        var events = Pipeline.Process(doc).Events;
        Assert.Contains(events, e => e.SentenceKind == SentenceKinds.Headline);
        Assert.Contains(events, e => e.SentenceKind == SentenceKinds.Statement);
    }

    [Theory]
    [InlineData("Egypt said Israeli jets bombed Gaza.", "ISR", "PSE", "19", "asserted")]
    [InlineData("Turkey denied that its troops had shelled Syrian villages.", "TUR", "SYR", "19", "denied")]
    [InlineData("Pakistan did not expel the Indian envoy.", "PAK", "IND", "16", "denied")]
    [InlineData("If Iran attacks Israel, Washington will respond.", "IRN", "ISR", "19", "hypothetical")]
    [InlineData("Japan is ready to resume talks with China.", "JPN", "CHN", "03", "intended")]
    public void Reported_denied_conditional_and_intended_acts(string text, string source, string target, string root, string modality)
    {
        var e = Assert.Single(Code(text), x => x.Root == root);
        Assert.Equal((source, target, modality), (e.Source.Country, e.Target.Country, e.Modality));
    }

    [Fact]
    public void Whoever_reports_an_act_is_not_its_target()
    {
        var events = AllEvents("Ethiopia and Eritrea on Monday reopened two border crossings for the first time in 20 years, Ethiopian state media reported.");
        Assert.Contains(events, e => e.Cameo == "081");
        Assert.DoesNotContain(events, e => e.Cameo == "081" && e.Target.Role == "MED");
    }

    [Fact]
    public void Our_two_countries_in_a_quotation_are_the_speaker_and_the_other_side()
    {
        var events = Code("Russia and Georgia have had no diplomatic relations since 2008. \"We want to restore relations between our two countries,\" Russian Foreign Minister Sergei Lavrov said.");
        Assert.Contains(events, e => e.Source.Country == "RUS" && e.Target.Country == "GEO" && e.Evidence.Text.Contains("our two countries"));
    }

    [Theory]
    [InlineData("Ethiopia and Eritrea reopened their border crossings on Monday.", "ETH", "ERI")]
    [InlineData("Russia and Ukraine exchanged prisoners on Sunday.", "RUS", "UKR")]
    [InlineData("Serbia and Kosovo agreed to normalize their relations.", "SRB", "XKX")]
    public void Two_states_acting_on_what_they_share_act_toward_each_other(string text, string first, string second)
    {
        var e = Assert.Single(Code(text));
        Assert.True(e.Symmetric);
        Assert.Equal((first, second), (e.Source.Country, e.Target.Country));
    }

    [Theory]
    [InlineData("Both the US and Russia are eager to secure stability in the Caucasus.")]
    [InlineData("Russia and Georgia are holding talks to try to ease tension over South Ossetia.")]
    public void Two_states_acting_on_something_else_are_not_made_each_others_target(string text) =>
        Assert.DoesNotContain(Code(text), e => e.Rule.Contains("joint act", StringComparison.Ordinal));

    [Fact]
    public void The_words_of_a_proper_name_are_no_act() =>
        Assert.DoesNotContain(AllEvents("Sudan's army and the Rapid Support Forces clashed in Khartoum on Saturday."), e => e.Root == "05");

    [Fact]
    public void The_agent_of_another_participle_is_not_the_target()
    {
        var events = Code("Saudi Arabia and Iran agreed to restore diplomatic relations in a deal brokered by China.");
        Assert.DoesNotContain(events, e => e.Target.Country == "CHN");
        Assert.Contains(events, e => (e.Source.Country, e.Target.Country) == ("SAU", "IRN") && e.Symmetric);
    }

    [Fact]
    public void An_irregular_verb_form_the_tagger_took_for_a_noun_still_names_the_act()
    {
        var e = Assert.Single(Code("Pakistan denied that its air force had shot down an Indian jet."));
        Assert.Equal(("190", "PAK", "IND", "denied"), (e.Cameo, e.Source.Country, e.Target.Country, e.Modality));
    }

    [Fact]
    public void The_object_of_a_verb_does_what_its_reason_says()
    {
        var events = Code("The United States sanctioned three Iranian companies for supplying drones to Russia.");
        Assert.Contains(events, e => e.Cameo == "163" && (e.Source.Country, e.Target.Country) == ("USA", "IRN"));
        Assert.Contains(events, e => e.Cameo == "072" && (e.Source.Country, e.Target.Country) == ("IRN", "RUS"));
    }

    [Fact]
    public void A_government_and_its_rebels_signing_a_ceasefire_bind_each_other()
    {
        var e = Assert.Single(Code("Colombia's government and the ELN rebels signed a ceasefire agreement in Havana."));
        Assert.Equal(("COL", "GOV", "COL", "REB", true), (e.Source.Country, e.Source.Role, e.Target.Country, e.Target.Role, e.Symmetric));
    }

    [Fact]
    public void Two_mentions_of_one_actor_make_no_mutual_act() =>
        Assert.DoesNotContain(AllEvents("Ethiopia's government and Tigray's leaders signed a peace agreement on Wednesday in Pretoria."), e => e.Source == e.Target);

    [Fact]
    public void A_threat_to_open_fire_is_a_threat_of_force_and_waters_off_a_place_are_no_target()
    {
        var e = Assert.Single(AllEvents("Georgia threatened to open fire on ships entering the waters off Abkhazia province."));
        Assert.Equal(("138", "GEO", ""), (e.Cameo, e.Source.Country, e.Target.Country));
    }

    [Fact]
    public void A_generic_noun_and_a_plain_noun_phrase_name_no_act() => // only "reacted angrily", a disapproval (PETRARCH's REACT * ANGRILY)
        Assert.Equal(["reacted 111"], AllEvents("Russia reacted angrily, saying it would respond to any attack on its citizens with \"the necessary rebuff\".").Select(e => $"{e.Trigger.Text} {e.Cameo}"));

    [Fact]
    public void Mediators_mediate_between_their_targets_not_each_other()
    {
        var events = Code("Brazil and Colombia tried to mediate between Venezuela's government and the Venezuelan opposition.");
        Assert.DoesNotContain(events, e => (e.Source.Country, e.Target.Country) is ("BRA", "COL") or ("COL", "BRA"));
        Assert.Contains(events, e => (e.Cameo, e.Source.Country, e.Target.Country) == ("039", "BRA", "VEN"));
    }

    [Fact]
    public void A_breakaway_region_leaving_talks_leaves_its_countrys_government()
    {
        var e = Assert.Single(Code("Representatives of the breakaway region of Transnistria left the talks on Tuesday."));
        Assert.Equal(("164", "MDA", "SEP", "MDA", "GOV"), (e.Cameo, e.Source.Country, e.Source.Role, e.Target.Country, e.Target.Role));
    }

    [Theory]
    [InlineData("Venezuela expelled the Spanish ambassador on Monday. The European Union condemned the move.", "IGO", "VEN")]
    [InlineData("Russia and the rebels left the talks on Monday. The United States said it was dismayed by the walkout.", "USA", "RUS")]
    [InlineData("Washington has accused Eritrean troops of committing atrocities in Tigray. Eritrea has denied the accusations.", "ERI", "USA")]
    public void A_reaction_to_an_act_told_before_targets_whoever_did_it(string text, string reactor, string doer) =>
        Assert.Contains(Code(text), e => (e.Root is "11" || e.Cameo == "016") && (e.Source.Country, e.Target.Country) == (reactor, doer));

    [Fact]
    public void A_reaction_to_no_act_told_before_has_no_target() =>
        Assert.DoesNotContain(Code("The European Union condemned the move."), e => e.Root == "11");

    [Fact]
    public void Breakaway_regions_fighting_with_no_other_side_fight_their_own_governments()
    {
        var events = Code("Both Nagorno-Karabakh and Transnistria broke away after fighting in the early 1990s.");
        Assert.Contains(events, e => (e.Source.Country, e.Source.Role, e.Target.Country, e.Target.Role) == ("AZE", "SEP", "AZE", "GOV"));
        Assert.Contains(events, e => (e.Source.Country, e.Source.Role, e.Target.Country, e.Target.Role) == ("MDA", "SEP", "MDA", "GOV"));
        Assert.DoesNotContain(events, e => e.Source.Country != e.Target.Country);
    }

    [Fact]
    public void An_actor_named_right_before_a_subjectless_finite_verb_is_its_subject()
    {
        var events = AllEvents("China launched live-fire military drills around Taiwan on Thursday, a day after U.S. House Speaker Nancy Pelosi visited the island.");
        Assert.Contains(events, e => (e.Cameo, e.Source.Country, e.Target.Country) == ("150", "CHN", "TWN"));
        Assert.Contains(events, e => e.Cameo == "042" && (e.Source.Country, e.Source.Role) == ("USA", "LEG"));
        Assert.DoesNotContain(events, e => e.Cameo == "042" && e.Source.Country == "CHN");
    }

    [Fact]
    public void A_governments_protest_at_an_act_told_before_is_an_official_complaint_at_its_doer()
    {
        var events = Code("U.S. House Speaker Nancy Pelosi visited Taiwan on Tuesday. Beijing summoned the U.S. ambassador to protest the visit.");
        Assert.Contains(events, e => (e.Cameo, e.Source.Country, e.Target.Country, e.Target.Role) == ("114", "CHN", "USA", "LEG"));
        Assert.DoesNotContain(events, e => e.Cameo == "042" && e.Source.Country == "CHN");
    }

    [Fact]
    public void Weapons_make_no_visit() =>
        Assert.DoesNotContain(AllEvents("Five of the Chinese missiles landed in Japan's exclusive economic zone."), e => e.Root == "04");

    [Fact]
    public void Joint_exercises_are_military_cooperation() =>
        Assert.Contains(Code("Russia and Belarus launched joint military exercises near the Polish border."), e => (e.Cameo, e.Symmetric) == ("062", true));

    [Fact]
    public void Gunmen_led_by_an_armed_group_are_that_group_and_a_participle_after_a_comma_is_the_subjects()
    {
        var events = AllEvents("Hamas-led gunmen attacked southern Israel on October 7, 2023, killing about 1,200 people and taking 250 hostages.");
        Assert.Contains(events, e => (e.Root, e.Source.Country, e.Source.Role, e.Target.Country) == ("19", "PSE", "REB", "ISR"));
        Assert.DoesNotContain(events, e => e.Source.Country == "ISR");
    }

    [Fact]
    public void A_closing_attribution_names_no_target_and_a_date_preposition_closes_no_pattern()
    {
        var e = Assert.Single(Code("Israel and Hamas agreed on Wednesday to a ceasefire in Gaza, mediators Qatar and Egypt said."));
        Assert.Equal(("ISR", "PSE", true), (e.Source.Country, e.Target.Country, e.Symmetric));
        Assert.NotEqual("030", e.Cameo);
    }

    [Fact]
    public void What_a_proposal_is_for_has_not_happened() =>
        Assert.DoesNotContain(AllEvents("Ukraine said on Tuesday it was ready to accept a U.S. proposal for a 30-day ceasefire with Russia."), e => e.Cameo == "0871");
}
