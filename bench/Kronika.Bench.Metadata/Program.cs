// Reads the page metadata of every page of the article-extraction benchmark (html/ID.html.gz, ground-truth.json)
// and reports how many pages get each field, and from which source the publication date came.
//   dotnet run --project bench/Kronika.Bench.Metadata -- ../shared/data/article-extraction-benchmark [--with-url] [--pages]
// --with-url passes each page's ground-truth URL, as a crawler that knows where it fetched the page would;
// --pages prints one line a page (id, date and basis, every date candidate, title, author, site, url) for spot checks.
using System.IO.Compression;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Kronika.Documents;

var folder = args.FirstOrDefault(a => !a.StartsWith("--")) ?? "../shared/data/article-extraction-benchmark";
bool withUrl = args.Contains("--with-url"), pages = args.Contains("--pages");
using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "ground-truth.json")));
var parser = new HtmlParser();
int total = 0, titled = 0, authored = 0, sited = 0, located = 0;
var dateBases = new Dictionary<string, int>();
foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
{
    var file = Path.Combine(folder, "html", entry.Name + ".html.gz");
    if (!File.Exists(file)) continue;
    using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
    using var reader = new StreamReader(gzip);
    using var page = parser.ParseDocument(reader.ReadToEnd());
    var url = entry.Value.TryGetProperty("url", out var u) ? u.GetString() : null;
    var metadata = PageMetadata.Read(page, withUrl ? url : null);
    total++;
    if (metadata.Title is not null) titled++;
    if (metadata.Author is not null) authored++;
    if (metadata.SiteName is not null) sited++;
    if (metadata.CanonicalUrl is not null) located++;
    var basis = metadata.PublishedBasis ?? "(none)";
    dateBases[basis] = dateBases.GetValueOrDefault(basis) + 1;
    if (pages)
        Console.WriteLine($"{entry.Name[..10]}\t{metadata.Published?.ToString() ?? "-"}\t{basis}\t[{string.Join("; ", metadata.DateCandidates)}]\t{url}\n\ttitle={metadata.Title} ({metadata.TitleBasis})\n\tauthor={metadata.Author} ({metadata.AuthorBasis})  site={metadata.SiteName} ({metadata.SiteNameBasis})  url={metadata.CanonicalUrl} ({metadata.CanonicalUrlBasis})");
}
Console.WriteLine($"pages {total}: date {total - dateBases.GetValueOrDefault("(none)")}, title {titled}, author {authored}, site {sited}, canonical url {located}");
foreach (var (basis, count) in dateBases.OrderByDescending(p => p.Value))
    Console.WriteLine($"  {count,4}  {basis}");
