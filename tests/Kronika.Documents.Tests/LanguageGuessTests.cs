namespace Kronika.Documents.Tests;

public class LanguageGuessTests
{
    [Fact]
    public void English_prose_is_english()
    {
        Assert.Null(LanguageGuess.NotEnglish(
            "The foreign ministers of Kenya and Tanzania agreed on Tuesday to reopen the shared border crossing at Namanga, " +
            "officials from both countries said, after weeks of talks over trucking permits, customs fees and health checks."));
    }

    [Fact]
    public void A_box_score_with_hardly_any_function_words_is_given_the_benefit_of_the_doubt()
    {
        var scores = string.Join("\n", Enumerable.Range(1, 8).Select(i =>
            $"Palm Bay d. Rockledge 70-{40 + i}\nPalm Bay (1-0): Tolivert {20 + i} points. Davis 17 points. Burgher 10 points.\nRockledge (0-1): Blakely 15 points. Devoe 2 points."));
        Assert.Null(LanguageGuess.NotEnglish(scores));
    }

    [Theory]
    [InlineData("Portuguese", "O governo anunciou nesta terça-feira que vai reabrir a fronteira com o país vizinho depois de semanas de negociações sobre as licenças de transporte e as taxas que deixaram centenas de motoristas parados dos dois lados da fronteira.")]
    [InlineData("Italian", "Il governo ha annunciato martedì che la frontiera con il paese vicino sarà riaperta dopo settimane di trattative sulle licenze di trasporto e sulle tasse doganali che hanno bloccato centinaia di camionisti da una parte e dall'altra.")]
    [InlineData("German", "Die Regierung hat am Dienstag angekündigt, dass die Grenze zum Nachbarland nach wochenlangen Verhandlungen über die Genehmigungen für den Transport und die Zollgebühren wieder geöffnet wird, die Hunderte von Fahrern auf beiden Seiten festgehalten hatten.")]
    [InlineData("Indonesian", "Pemerintah mengumumkan pada hari Selasa bahwa perbatasan dengan negara tetangga akan dibuka kembali setelah berminggu-minggu perundingan tentang izin angkutan dan biaya bea cukai yang membuat ratusan sopir tertahan di kedua sisi perbatasan itu.")]
    public void Text_in_another_latin_script_language_is_named_as_that_language(string language, string text)
    {
        var reason = LanguageGuess.NotEnglish(text);
        Assert.NotNull(reason);
        Assert.StartsWith($"not English: reads as {language}", reason);
    }

    [Theory]
    [InlineData("Cyrillic", "Правительство объявило во вторник, что граница с соседней страной будет вновь открыта после нескольких недель переговоров о разрешениях на перевозки и таможенных сборах, из-за которых сотни водителей застряли по обе стороны границы.")]
    [InlineData("Hangul", "정부는 화요일 운송 허가와 관세를 둘러싼 수주간의 협상 끝에 이웃 나라와의 국경을 다시 열겠다고 발표했다 양쪽에서 수백 명의 운전자가 발이 묶였다 정부는 화요일 운송 허가와 관세를 둘러싼 수주간의 협상 끝에 이웃 나라와의 국경을 다시 열겠다고 발표했다 양쪽에서 수백 명의 운전자가 발이 묶였다 그리고 다시 열겠다고 발표했다 양쪽에서 수백 명의")]
    public void Text_in_another_script_is_named_by_its_script(string script, string text)
    {
        Assert.Equal($"not English: written in {script} script", LanguageGuess.NotEnglish(text));
    }

    [Fact]
    public void Short_texts_are_given_the_benefit_of_the_doubt() => Assert.Null(LanguageGuess.NotEnglish("Der Präsident und die Regierung"));
}
